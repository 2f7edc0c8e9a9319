package nl.clubhuis.member.web;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller method's {@link Viewer} parameter who is looking, never null. */
class ViewerResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Viewer.class;
	}

	@Override
	public Viewer resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy()
			.getContext()
			.getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof MemberPrincipal member) {
			return Viewer.of(member);
		}
		return Viewer.anonymous();
	}

}
