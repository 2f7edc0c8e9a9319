package nl.clubhuis.shared;

import java.time.Duration;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The stylesheet and pictures under {@code /css/} and {@code /img/}: served with the hash
 * of their content in their address ({@code /css/clubhuis-<hash>.css}, written by
 * {@code @{...}} in templates), kept by browsers for a year, and gzipped once at build
 * time (the pom's {@code gzip-static-resources}) instead of on every request.
 * <p>
 * Mapped by their two folders rather than Spring Boot's default {@code /**}
 * ({@code spring.web.resources.add-mappings=false}): with {@code /**} every link on every
 * page ({@code /doetanks/...}, {@code /nieuws/...}) was looked up as a file in the jar
 * before it was written, half of a page's time.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceHandling implements WebMvcConfigurer {

	static final String[] FOLDERS = { "css", "img" };

	static boolean isStatic(String path) {
		for (String folder : FOLDERS) {
			if (path.startsWith("/" + folder + "/")) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
				.resourceChain(true)
				.addResolver(new EncodedResourceResolver())
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

	/**
	 * Writes the hashed address into links to static files, also on error pages (the
	 * layout's kept head may be drawn first by one).
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

}
