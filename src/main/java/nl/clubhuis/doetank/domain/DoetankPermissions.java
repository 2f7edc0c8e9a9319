package nl.clubhuis.doetank.domain;

/**
 * What the viewer may do with the Doetank itself on its page (intake and team), decided
 * once by the Doetank's access rules. What they may do in the agenda, the toolkit, the
 * blog or the route, the page hears from those modules (see
 * {@link nl.clubhuis.doetank.DoetankPageSection}).
 */
public record DoetankPermissions(boolean takeIn, boolean askToJoin, boolean leave, boolean decideRequests,
		boolean appointTrekker, boolean edit, boolean withdraw, boolean bringInAgain) {

}
