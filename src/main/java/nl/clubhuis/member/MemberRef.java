package nl.clubhuis.member;

/**
 * A member as other modules show them: who they are and where they work. Never an e-mail
 * address.
 */
public record MemberRef(Long id, String name, String organisation) {

}
