package nl.clubhuis.member.domain;

public class EmailAlreadyRegisteredException extends RuntimeException {

	public EmailAlreadyRegisteredException() {
		super("e-mail address already registered");
	}

}
