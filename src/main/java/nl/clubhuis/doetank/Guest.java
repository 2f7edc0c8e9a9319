package nl.clubhuis.doetank;

/**
 * Someone in a team who will never log in (a director who is the real opdrachtgever, a
 * citizen as eindgebruiker), as the trekker recorded them. Not a member: no account, no
 * e-mail address.
 */
public record Guest(Long id, String name, String organisation, MembershipRole role) {

}
