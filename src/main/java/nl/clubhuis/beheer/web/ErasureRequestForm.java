package nl.clubhuis.beheer.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * The fields of a beheerder's erasure on request: what happens to what the member wrote
 * (as the member asked), and that the beheerder checked the request came from the member.
 */
public class ErasureRequestForm {

	@NotNull
	private Boolean keepContent;

	@AssertTrue
	private boolean requestChecked;

	public Boolean getKeepContent() {
		return this.keepContent;
	}

	public void setKeepContent(Boolean keepContent) {
		this.keepContent = keepContent;
	}

	public boolean isRequestChecked() {
		return this.requestChecked;
	}

	public void setRequestChecked(boolean requestChecked) {
		this.requestChecked = requestChecked;
	}

}
