package nl.clubhuis.member.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A link mailed to a member, kept as the hash of its token: it works once, before it
 * expires.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long memberId;

	@Enumerated(EnumType.STRING)
	private TokenPurpose purpose;

	private String tokenHash;

	private String newEmail;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	protected AccountToken() {
	}

	AccountToken(Long memberId, TokenPurpose purpose, String tokenHash, String newEmail, Instant now) {
		this.memberId = memberId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.newEmail = newEmail;
		this.createdAt = now;
		this.expiresAt = now.plus(purpose.validity());
	}

	/** Not used yet and not expired. */
	public boolean isUsable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		if (!isUsable(now)) {
			throw new IllegalStateException("token no longer usable");
		}
		this.usedAt = now;
	}

	public Long getMemberId() {
		return this.memberId;
	}

	public TokenPurpose getPurpose() {
		return this.purpose;
	}

	/** For an address change: the new address, confirmed by following the link. */
	public String getNewEmail() {
		return this.newEmail;
	}

	public Instant getUsedAt() {
		return this.usedAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
