/**
 * Following: a member follows a Doetank, a question, an expertise term or another member,
 * so they hear what moves there (the notifications module asks
 * {@link nl.clubhuis.follow.Follows} who follows what). Each page that can be followed
 * shows a "Volgen" button (a plain form to {@code /volgen}); /mijn/volgend lists what a
 * member follows.
 * <p>
 * This package is the module's API: {@link nl.clubhuis.follow.Follows},
 * {@link nl.clubhuis.follow.FollowTarget} and the SPI
 * {@link nl.clubhuis.follow.Followables} that says, per kind of target, whether a member
 * may follow it and what it is called. {@code domain} and {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "doetank", "expertise", "member", "shared" })
package nl.clubhuis.follow;
