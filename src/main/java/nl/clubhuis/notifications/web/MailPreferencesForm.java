package nl.clubhuis.notifications.web;

import java.util.EnumMap;
import java.util.Map;

import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.notifications.domain.Delivery;
import nl.clubhuis.notifications.domain.DigestPeriod;
import nl.clubhuis.notifications.domain.MailPreferences;

import org.springframework.validation.Errors;

/**
 * The form at /mijn/meldingen/instellingen: a choice per kind, and the digest's period.
 */
public class MailPreferencesForm {

	private Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);

	private DigestPeriod period;

	static MailPreferencesForm of(MailPreferences.Choices current) {
		MailPreferencesForm form = new MailPreferencesForm();
		form.choices.putAll(current.deliveries());
		form.period = current.period();
		return form;
	}

	/**
	 * Every kind needs a choice and the digest a period; a value that is no choice is
	 * bound as an error.
	 */
	void check(Errors errors) {
		for (NotificationKind kind : NotificationKind.values()) {
			String field = "choices[" + kind.name() + "]";
			if (this.choices.get(kind) == null && !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "notifications.settings.choose");
			}
		}
		if (this.period == null && !errors.hasFieldErrors("period")) {
			errors.rejectValue("period", "notifications.settings.choose");
		}
	}

	public Map<NotificationKind, Delivery> getChoices() {
		return this.choices;
	}

	public void setChoices(Map<NotificationKind, Delivery> choices) {
		this.choices = choices;
	}

	public DigestPeriod getPeriod() {
		return this.period;
	}

	public void setPeriod(DigestPeriod period) {
		this.period = period;
	}

}
