package nl.clubhuis.route.web;

import nl.clubhuis.route.RouteSetting;

import org.springframework.validation.Errors;

/**
 * The route's settings as a beheerder types them; the percentile in percent (75), the way
 * people say it. {@link #check} says what is out of range, next to the field.
 */
public class RouteSettingsForm {

	private Integer coachesAtOverleg;

	private Integer percentile;

	private Integer minimumStays;

	private Integer defaultStayMonths;

	private Integer inactiveMonths;

	private Long version;

	static RouteSettingsForm of(RouteSetting setting) {
		RouteSettingsForm form = new RouteSettingsForm();
		form.coachesAtOverleg = setting.coachesAtOverleg();
		form.percentile = (int) Math.round(setting.percentile() * 100);
		form.minimumStays = setting.minimumStays();
		form.defaultStayMonths = setting.defaultStayMonths();
		form.inactiveMonths = setting.inactiveMonths();
		form.version = setting.version();
		return form;
	}

	void check(Errors errors) {
		checkRange("coachesAtOverleg", this.coachesAtOverleg, 1, 5, errors);
		checkRange("percentile", this.percentile, 50, 95, errors);
		checkRange("minimumStays", this.minimumStays, 1, 50, errors);
		checkRange("defaultStayMonths", this.defaultStayMonths, 1, 24, errors);
		checkRange("inactiveMonths", this.inactiveMonths, 1, 24, errors);
	}

	private static void checkRange(String field, Integer value, int min, int max, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		if (value == null || value < min || value > max) {
			errors.rejectValue(field, "settings.range", new Object[] { min, max }, null);
		}
	}

	RouteSetting setting() {
		return new RouteSetting(this.coachesAtOverleg, this.percentile / 100.0, this.minimumStays,
				this.defaultStayMonths, this.inactiveMonths, (this.version != null) ? this.version : -1);
	}

	public Integer getCoachesAtOverleg() {
		return this.coachesAtOverleg;
	}

	public void setCoachesAtOverleg(Integer coachesAtOverleg) {
		this.coachesAtOverleg = coachesAtOverleg;
	}

	public Integer getPercentile() {
		return this.percentile;
	}

	public void setPercentile(Integer percentile) {
		this.percentile = percentile;
	}

	public Integer getMinimumStays() {
		return this.minimumStays;
	}

	public void setMinimumStays(Integer minimumStays) {
		this.minimumStays = minimumStays;
	}

	public Integer getDefaultStayMonths() {
		return this.defaultStayMonths;
	}

	public void setDefaultStayMonths(Integer defaultStayMonths) {
		this.defaultStayMonths = defaultStayMonths;
	}

	public Integer getInactiveMonths() {
		return this.inactiveMonths;
	}

	public void setInactiveMonths(Integer inactiveMonths) {
		this.inactiveMonths = inactiveMonths;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
