package nl.clubhuis.route;

/**
 * An eindgebruiker in a Doetank's team whose consent can be recorded: a member with that
 * role ({@code memberId}) or a person without an account ({@code guestId}).
 */
public record Eindgebruiker(String key, String name, Long memberId, Long guestId) {

	public static Eindgebruiker member(Long memberId, String name) {
		return new Eindgebruiker("lid-" + memberId, name, memberId, null);
	}

	public static Eindgebruiker guest(Long guestId, String name) {
		return new Eindgebruiker("gast-" + guestId, name, null, guestId);
	}

}
