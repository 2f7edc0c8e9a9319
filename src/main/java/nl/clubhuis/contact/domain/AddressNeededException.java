package nl.clubhuis.contact.domain;

/**
 * The sender cannot be answered through the portal and did not share their address: the
 * recipient would have no way to answer.
 */
public class AddressNeededException extends RuntimeException {

	AddressNeededException() {
		super("the sender must share their address to be answered");
	}

}
