package nl.clubhuis.member;

/**
 * A member with the address to write to: for the organisers' door list and the mails the
 * portal sends them. Never shown to other members.
 */
public record MemberContact(Long id, String name, String organisation, String email) {

}
