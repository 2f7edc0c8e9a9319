package nl.clubhuis;

import java.util.UUID;

import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.member.NewMember;

/** Makes members with unique addresses, so tests sharing one database never collide. */
public class TestPeople {

	public static final String PASSWORD = "een-lang-wachtwoord";

	private final MemberService members;

	public TestPeople(MemberService members) {
		this.members = members;
	}

	public MemberPrincipal member(String name) {
		return create(name, GlobalRole.LID);
	}

	public MemberPrincipal coach(String name) {
		return create(name, GlobalRole.COACH);
	}

	public MemberPrincipal redacteur(String name) {
		return create(name, GlobalRole.REDACTEUR);
	}

	public MemberPrincipal beheerder(String name) {
		return create(name, GlobalRole.BEHEERDER);
	}

	private MemberPrincipal create(String name, GlobalRole role) {
		String email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "." + UUID.randomUUID() + "@test.example.org";
		MemberPrincipal registered = this.members
			.createVerified(new NewMember(name, email, "Gemeente Testdorp", PASSWORD));
		if (role != GlobalRole.LID) {
			this.members.grant(registered.id(), role);
		}
		return this.members.findByEmail(email).orElseThrow();
	}

}
