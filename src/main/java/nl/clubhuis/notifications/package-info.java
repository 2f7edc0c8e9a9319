/**
 * Notifications: what a member should hear about, written in the same transaction as the
 * change that causes it (just before it commits, so the change's own locks are taken as
 * late as before), once per member and cause, never to the member who caused it. Other
 * modules' events are turned into an {@link nl.clubhuis.notifications.Announcement} by
 * listeners in {@code domain}; the {@link nl.clubhuis.notifications.Notifier} finds the
 * recipients (named members and the followers of what it is about, see the follow module)
 * and writes one row each. Members read them at /mijn/meldingen and see the count in the
 * header.
 * <p>
 * This package is the module's API; {@code domain} and {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "agenda", "doetank", "follow", "member",
		"moderation", "publishing", "route", "shared" })
package nl.clubhuis.notifications;
