package nl.clubhuis.member;

public class EmailAlreadyRegisteredException extends RuntimeException {

	EmailAlreadyRegisteredException() {
		super("e-mail address already registered");
	}

}
