package nl.clubhuis.shared.pagecache;

import java.time.Duration;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Ticker;
import nl.clubhuis.shared.ClubhuisProperties;
import nl.clubhuis.shared.MemberContent;
import nl.clubhuis.shared.SharedContent;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page cache for anonymous visitors, with the shared lists and each member's own
 * values it keeps ({@code SharedContent}, {@code MemberContent}), unless
 * {@code clubhuis.page-cache.enabled=false}. The switch is read when the portal starts,
 * not by a condition: the AOT-processed jar decided its conditions when it was built.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	@Bean
	PageCache pageCache(ClubhuisProperties properties) {
		ClubhuisProperties.PageCache settings = properties.pageCache();
		return new PageCache(Duration.ofSeconds(settings.timeToLiveSeconds()), settings.maxMegabytes() * 1024L * 1024L,
				Ticker.systemTicker());
	}

	/** Without the page cache, shared lists are computed for every request. */
	@Bean
	SharedContent sharedContent(PageCache pageCache, ClubhuisProperties properties) {
		return on(properties) ? new CachedSharedContent(pageCache) : SharedContent.uncached();
	}

	@Bean
	MemberContent memberContent(PageCache pageCache, ClubhuisProperties properties) {
		return on(properties) ? new CachedMemberContent(pageCache) : MemberContent.uncached();
	}

	@Bean
	ContentChangeListener contentChangeListener(DataSource dataSource, PageCache pageCache,
			ClubhuisProperties properties) {
		return new ContentChangeListener(dataSource, pageCache, on(properties));
	}

	/**
	 * Inside the unreadable-input check and the database-trouble page, before sessions
	 * and security.
	 */
	@Bean
	FilterRegistrationBean<AnonymousPageCacheFilter> anonymousPageCacheFilter(PageCache pageCache,
			LocaleResolver localeResolver, ClubhuisProperties properties) {
		FilterRegistrationBean<AnonymousPageCacheFilter> registration = new FilterRegistrationBean<>(
				new AnonymousPageCacheFilter(pageCache, localeResolver));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
		registration.setEnabled(on(properties));
		return registration;
	}

	private static boolean on(ClubhuisProperties properties) {
		return properties.pageCache().enabled();
	}

}
