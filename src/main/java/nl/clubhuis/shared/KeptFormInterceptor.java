package nl.clubhuis.shared;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.BeansException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts a {@link KeptForm} back: on the page it was sent from, every form object in the
 * model (a model attribute whose class name ends in {@code Form}) gets the kept text for
 * the fields it has, and the page says what happened.
 */
class KeptFormInterceptor implements HandlerInterceptor {

	static final String NOTICE = "keptFormRestored";

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !"GET".equals(request.getMethod()) || view.getViewName() == null
				|| view.getViewName().startsWith("redirect:")) {
			return;
		}
		String query = request.getQueryString();
		String page = request.getRequestURI().substring(request.getContextPath().length())
				+ ((query != null) ? "?" + query : "");
		KeptForm kept = KeptForm.takeFor(request, page);
		if (kept == null) {
			return;
		}
		boolean restored = false;
		for (Object attribute : view.getModel().values()) {
			if (attribute != null && attribute.getClass().getSimpleName().endsWith("Form")) {
				restored |= fill(new BeanWrapperImpl(attribute), kept.fields());
			}
		}
		if (restored) {
			view.addObject(NOTICE, true);
		}
	}

	private static boolean fill(BeanWrapper form, Map<String, String> fields) {
		boolean filled = false;
		for (Map.Entry<String, String> field : fields.entrySet()) {
			try {
				if (form.isWritableProperty(field.getKey())
						&& String.class.equals(form.getPropertyType(field.getKey()))) {
					form.setPropertyValue(field.getKey(), field.getValue());
					filled = true;
				}
			}
			catch (BeansException ex) {
				// A name that is not a plain property of this form: leave it.
			}
		}
		return filled;
	}

}
