package nl.clubhuis;

import java.util.UUID;

import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.member.NewMember;

import org.springframework.jdbc.core.JdbcTemplate;

/** Makes members with unique addresses, so tests sharing one database never collide. */
public class TestPeople {

	public static final String PASSWORD = "een-lang-wachtwoord";

	private final MemberService members;

	private final JdbcTemplate jdbc;

	public TestPeople(MemberService members, JdbcTemplate jdbc) {
		this.members = members;
		this.jdbc = jdbc;
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

	/**
	 * A beheerder who reads requests to the supportcomité in the digest: the shared test
	 * database collects hundreds of beheerders, and every such request mailed to all of
	 * them at once would keep the mail thread busy for the tests that follow.
	 */
	public MemberPrincipal beheerder(String name) {
		MemberPrincipal beheerder = beheerderWithDefaultMail(name);
		this.jdbc.update("INSERT INTO notification_preference (member_id, kind, delivery)"
				+ " VALUES (?, 'DOOR_REQUESTED', 'DIGEST')", beheerder.id());
		return beheerder;
	}

	/** A beheerder who is mailed requests to the supportcomité at once, as by default. */
	public MemberPrincipal beheerderWithDefaultMail(String name) {
		return create(name, GlobalRole.BEHEERDER);
	}

	private MemberPrincipal create(String name, GlobalRole role) {
		String local = name.toLowerCase().replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
		String email = local + "." + UUID.randomUUID() + "@test.example.org";
		MemberPrincipal registered = this.members
			.createVerified(new NewMember(name, email, "Gemeente Testdorp", PASSWORD));
		if (role != GlobalRole.LID) {
			this.members.grant(registered.id(), role);
		}
		return this.members.findByEmail(email).orElseThrow();
	}

}
