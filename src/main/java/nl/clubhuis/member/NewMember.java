package nl.clubhuis.member;

/** What someone gives when they create an account. */
public record NewMember(String name, String email, String organisation, String password) {
}
