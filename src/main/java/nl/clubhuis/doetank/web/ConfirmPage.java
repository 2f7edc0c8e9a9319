package nl.clubhuis.doetank.web;

/**
 * What a confirmation page asks: its title and lead (messages that get {@code subject}),
 * where the form posts, the button's text, where "no" leads, and whether the person may
 * add a word.
 */
record ConfirmPage(String titleKey, String leadKey, String subject, String action, String submitKey, String back,
		boolean withNote) {

}
