/**
 * Contact: members write to a member, or to the trekkers of a public Doetank, through the
 * portal. The portal mails the message in the recipient's language; the sender never sees
 * the recipient's address, and the recipient sees the sender's only when the sender chose
 * to share it. A member can switch receiving messages off; a sender sends a limited
 * number a day; a recipient reports a message with the link in the mail, and the
 * beheerders see the reported ones.
 * <p>
 * This package is the module's API: {@link nl.clubhuis.contact.ContactLinks} (where a
 * profile's "Stuur een bericht" button points) and
 * {@link nl.clubhuis.contact.ReportedMessages} (for the beheer pages). The tables, the
 * rules and the mail live in {@code domain}, the pages in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "doetank", "member", "moderation", "shared" })
package nl.clubhuis.contact;
