package nl.clubhuis.shared.uploads;

import nl.clubhuis.shared.RateLimit;
import nl.clubhuis.shared.RateLimits;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every upload passes a check here, so every upload counts against the member's
 * {@link RateLimit#UPLOAD}: the one who is logged in. What the portal stores itself (demo
 * data, no one logged in) is not counted.
 */
final class UploadAllowance {

	/** No limit: for checks made outside the application (tests of the checks alone). */
	static final UploadAllowance NONE = new UploadAllowance(null);

	private final RateLimits limits;

	UploadAllowance(RateLimits limits) {
		this.limits = limits;
	}

	/** Counts one upload of the member logged in; refused over the limit. */
	void count() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (this.limits != null && who != null && who.isAuthenticated()
				&& !(who instanceof AnonymousAuthenticationToken)) {
			this.limits.check(RateLimit.UPLOAD, who.getName());
		}
	}

}
