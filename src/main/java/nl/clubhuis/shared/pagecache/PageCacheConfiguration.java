package nl.clubhuis.shared.pagecache;

import java.time.Duration;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Ticker;
import nl.clubhuis.shared.ClubhuisProperties;
import nl.clubhuis.shared.MemberContent;
import nl.clubhuis.shared.SharedContent;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page cache for anonymous visitors, with the shared lists and each member's own
 * values it keeps ({@code SharedContent}, {@code MemberContent}), unless
 * {@code clubhuis.page-cache.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "clubhuis.page-cache.enabled", matchIfMissing = true)
class PageCacheConfiguration {

	@Bean
	PageCache pageCache(ClubhuisProperties properties) {
		ClubhuisProperties.PageCache settings = properties.pageCache();
		return new PageCache(Duration.ofSeconds(settings.timeToLiveSeconds()), settings.maxMegabytes() * 1024L * 1024L,
				Ticker.systemTicker());
	}

	@Bean
	SharedContent sharedContent(PageCache pageCache) {
		return new CachedSharedContent(pageCache);
	}

	@Bean
	MemberContent memberContent(PageCache pageCache) {
		return new CachedMemberContent(pageCache);
	}

	@Bean
	ContentChangeListener contentChangeListener(DataSource dataSource, PageCache pageCache) {
		return new ContentChangeListener(dataSource, pageCache);
	}

	/**
	 * Inside the unreadable-input check and the database-trouble page, before sessions
	 * and security.
	 */
	@Bean
	FilterRegistrationBean<AnonymousPageCacheFilter> anonymousPageCacheFilter(PageCache pageCache,
			LocaleResolver localeResolver) {
		FilterRegistrationBean<AnonymousPageCacheFilter> registration = new FilterRegistrationBean<>(
				new AnonymousPageCacheFilter(pageCache, localeResolver));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
		return registration;
	}

	/** Without the page cache, shared lists are computed for every request. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "clubhuis.page-cache.enabled", havingValue = false)
	static class Off {

		@Bean
		SharedContent sharedContent() {
			return SharedContent.uncached();
		}

		@Bean
		MemberContent memberContent() {
			return MemberContent.uncached();
		}

	}

}
