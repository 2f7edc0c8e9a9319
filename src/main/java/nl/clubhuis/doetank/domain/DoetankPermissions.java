package nl.clubhuis.doetank.domain;

/**
 * What the viewer may do on a Doetank's page, decided once by the Doetank's access rules.
 */
public record DoetankPermissions(boolean takeIn, boolean askToJoin, boolean leave, boolean decideRequests,
		boolean appointTrekker, boolean planMeeting, boolean recordWerkvormen, boolean writeBlog,
		boolean writeBeschouwing) {

}
