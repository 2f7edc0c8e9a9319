package nl.clubhuis.route;

/**
 * The supporter's answer: {@link DoorState#GEOPEND} with what happened,
 * {@link DoorState#NIET_MOGELIJK} with the reason, or {@link DoorState#BEZIG} with an
 * optional line.
 */
public record DoorAnswer(DoorState outcome, String line) {

}
