package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.Guest;
import nl.clubhuis.doetank.MembershipRole;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.shared.Texts;

/**
 * Someone in a team without an account, recorded by the team by name, organisation and
 * role. Never a trekker or coach: those act on the portal.
 */
@Entity
@Table(name = "team_guest")
public class TeamGuest {

	static final int NAME_LENGTH = 120;

	static final int ORGANISATION_LENGTH = 160;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "doetank_id")
	private Long doetankId;

	private String name;

	private String organisation;

	@Enumerated(EnumType.STRING)
	private MembershipRole role;

	private Long addedById;

	private Instant addedAt;

	@Version
	private long version;

	protected TeamGuest() {
	}

	public TeamGuest(Long doetankId, Long addedById, Instant now) {
		this.doetankId = doetankId;
		this.addedById = addedById;
		this.addedAt = now;
	}

	public void describe(String name, String organisation, MembershipRole role) {
		String stripped = Texts.stripToNull(name);
		if (stripped == null || stripped.length() > NAME_LENGTH
				|| (organisation != null && organisation.strip().length() > ORGANISATION_LENGTH)) {
			throw new RuleViolationException("doetank.guest.rule.nameAndOrganisation");
		}
		if (!role.isOpenToOutsiders()) {
			throw new RuleViolationException("doetank.rule.roleNotOpen");
		}
		this.name = stripped;
		this.organisation = Texts.stripToNull(organisation);
		this.role = role;
	}

	public boolean isNamed(String name, MembershipRole role) {
		return this.role == role && this.name.equalsIgnoreCase(name.strip());
	}

	public Guest view() {
		return new Guest(this.id, this.name, this.organisation, this.role);
	}

	public Long getId() {
		return this.id;
	}

	public Long getDoetankId() {
		return this.doetankId;
	}

}
