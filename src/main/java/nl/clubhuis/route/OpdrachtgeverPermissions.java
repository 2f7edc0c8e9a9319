package nl.clubhuis.route;

/**
 * What the viewer may do with the opdrachtgever's testimonial and the eindgebruikers'
 * consents on a Doetank page, decided once by {@code OpdrachtgeverRules}.
 */
public record OpdrachtgeverPermissions(boolean writeTestimonial, boolean removeTestimonials, boolean recordConsent,
		boolean seeConsents) {

}
