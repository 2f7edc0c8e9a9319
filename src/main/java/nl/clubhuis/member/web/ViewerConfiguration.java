package nl.clubhuis.member.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets every controller declare a {@link nl.clubhuis.member.Viewer} parameter. A
 * {@code WebMvcConfigurer}, so {@code @WebMvcTest} slices pick it up too.
 */
@Configuration(proxyBeanMethods = false)
class ViewerConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ViewerResolver());
	}

}
