package nl.clubhuis.member;

/**
 * A member deleted their account. Published inside the erasure's transaction, before the
 * account row is anonymised: every module that holds something of the member handles it
 * synchronously ({@code @EventListener}), so either all of it is erased or none. A module
 * reads only its own tables.
 *
 * @param memberId who left
 * @param keepContent whether their posts and comments stay under "voormalig lid" (true)
 * or are removed (false)
 */
public record MemberErased(long memberId, boolean keepContent) {
}
