package nl.clubhuis.shared;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What the layout needs in a {@code @WebMvcTest} slice: its kept parts
 * ({@link LayoutChrome}) and the pages kept for members ({@link KeptPages}), drawn anew
 * for every page as with the page cache switched off.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ LayoutChrome.class, SharedMarkup.class, KeptPages.class })
public class LayoutForWebSlices {

	@Bean
	SharedContent sharedContent() {
		return SharedContent.uncached();
	}

	@Bean
	MemberContent memberContent() {
		return MemberContent.uncached();
	}

}
