package nl.clubhuis.follow;

/**
 * One thing a member can follow: a Doetank, a question, an expertise term or a member.
 */
public record FollowTarget(FollowKind kind, long id) {

	public static FollowTarget doetank(long id) {
		return new FollowTarget(FollowKind.DOETANK, id);
	}

	public static FollowTarget question(long id) {
		return new FollowTarget(FollowKind.QUESTION, id);
	}

	public static FollowTarget expertise(long id) {
		return new FollowTarget(FollowKind.EXPERTISE, id);
	}

	public static FollowTarget member(long id) {
		return new FollowTarget(FollowKind.MEMBER, id);
	}

}
