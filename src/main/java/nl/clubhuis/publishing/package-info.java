/**
 * News, the Café blog and the Doetanks' blogs: posts with concepts and schedules, covers,
 * tags, comments and their moderation, and Atom feeds.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "doetank", "member", "moderation", "shared" })
package nl.clubhuis.publishing;
