package nl.clubhuis.route.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.clubhuis.route.DoorEntry;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A request to open a door as a team member types it; {@code supporter} is a supporter's
 * id or {@value #COMMITTEE}.
 */
public class DoorForm {

	static final String COMMITTEE = "comite";

	@NotBlank
	private String supporter;

	@NotBlank
	@Size(max = 200)
	private String toWhom;

	@NotBlank
	@Size(max = 1000)
	private String reason;

	/** ISO, as a date field sends it. */
	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate wantedBy;

	/** Anything but a number or the committee is nobody's id: the rules refuse it. */
	DoorEntry toEntry() {
		Long supporterId = null;
		if (this.supporter != null && !COMMITTEE.equals(this.supporter)) {
			try {
				supporterId = Long.valueOf(this.supporter.strip());
			}
			catch (NumberFormatException ex) {
				supporterId = -1L;
			}
		}
		return new DoorEntry(supporterId, (this.toWhom != null) ? this.toWhom : "",
				(this.reason != null) ? this.reason : "", this.wantedBy);
	}

	public String getSupporter() {
		return this.supporter;
	}

	public void setSupporter(String supporter) {
		this.supporter = supporter;
	}

	public String getToWhom() {
		return this.toWhom;
	}

	public void setToWhom(String toWhom) {
		this.toWhom = toWhom;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public LocalDate getWantedBy() {
		return this.wantedBy;
	}

	public void setWantedBy(LocalDate wantedBy) {
		this.wantedBy = wantedBy;
	}

}
