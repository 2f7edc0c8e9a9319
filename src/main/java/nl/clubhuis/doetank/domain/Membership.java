package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.Ring;

import nl.clubhuis.doetank.MembershipState;

import nl.clubhuis.doetank.MembershipRole;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.clubhuis.shared.Texts;

/**
 * A person in a Doetank with one role, in the kern or the schil; a join request is a
 * membership waiting for a trekker's yes, an invitation one waiting for the invitee's.
 */
@Entity
@Table(name = "membership")
public class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "doetank_id")
	private Doetank doetank;

	private Long memberId;

	@Enumerated(EnumType.STRING)
	private MembershipRole role;

	@Enumerated(EnumType.STRING)
	private Ring ring = Ring.KERN;

	@Enumerated(EnumType.STRING)
	private MembershipState state;

	private String motivation;

	private String decisionNote;

	private Instant requestedAt;

	private Instant decidedAt;

	private Long decidedById;

	private Long invitedById;

	private LocalDate since;

	private LocalDate until;

	protected Membership() {
	}

	private Membership(Doetank doetank, Long memberId, MembershipRole role, MembershipState state,
			Instant requestedAt) {
		this.doetank = doetank;
		this.memberId = memberId;
		this.role = role;
		this.state = state;
		this.requestedAt = requestedAt;
	}

	static Membership active(Doetank doetank, Long memberId, MembershipRole role, Instant now, LocalDate since) {
		Membership membership = new Membership(doetank, memberId, role, MembershipState.ACTIEF, now);
		membership.since = since;
		return membership;
	}

	static Membership request(Doetank doetank, Long memberId, MembershipRole role, String motivation, Instant now) {
		Membership membership = new Membership(doetank, memberId, role, MembershipState.AANGEVRAAGD, now);
		membership.motivation = motivation.strip();
		return membership;
	}

	static Membership invitation(Doetank doetank, Long memberId, MembershipRole role, Ring ring, Long invitedById,
			Instant now) {
		Membership membership = new Membership(doetank, memberId, role, MembershipState.UITGENODIGD, now);
		membership.ring = ring;
		membership.invitedById = invitedById;
		return membership;
	}

	void approve(Long trekkerId, Instant now, LocalDate today) {
		requirePending();
		this.state = MembershipState.ACTIEF;
		this.decidedById = trekkerId;
		this.decidedAt = now;
		this.since = today;
	}

	void decline(Long trekkerId, String note, Instant now) {
		requirePending();
		this.state = MembershipState.AFGEWEZEN;
		this.decidedById = trekkerId;
		this.decidedAt = now;
		this.decisionNote = Texts.stripToNull(note);
	}

	/** The requester takes their request back, or the team its invitation. */
	void withdraw(Instant now) {
		if (this.state != MembershipState.AANGEVRAAGD && this.state != MembershipState.UITGENODIGD) {
			throw new IllegalStateException("membership " + this.id + " is not open");
		}
		this.state = MembershipState.INGETROKKEN;
		this.decidedAt = now;
	}

	/** The invitee says yes (ACTIEF from today) or no (AFGESLAGEN). */
	void answer(boolean accepted, Instant now, LocalDate today) {
		if (this.state != MembershipState.UITGENODIGD) {
			throw new IllegalStateException("membership " + this.id + " is not an open invitation");
		}
		this.state = accepted ? MembershipState.ACTIEF : MembershipState.AFGESLAGEN;
		this.decidedById = this.memberId;
		this.decidedAt = now;
		this.since = accepted ? today : null;
	}

	void moveTo(Ring ring) {
		this.ring = ring;
	}

	/** Ends this role; {@code note} is the team's word to the person, if any. */
	void end(LocalDate today, String note) {
		end(today);
		this.decisionNote = Texts.stripToNull(note);
	}

	void end(LocalDate today) {
		this.state = MembershipState.BEEINDIGD;
		this.until = today;
	}

	private void requirePending() {
		if (this.state != MembershipState.AANGEVRAAGD) {
			throw new IllegalStateException("membership " + this.id + " is not a pending request");
		}
	}

	public boolean isActive() {
		return this.state == MembershipState.ACTIEF;
	}

	public boolean isPending() {
		return this.state == MembershipState.AANGEVRAAGD;
	}

	public boolean isInvited() {
		return this.state == MembershipState.UITGENODIGD;
	}

	/** A join request its member took back before anyone decided. */
	public boolean isWithdrawn() {
		return this.state == MembershipState.INGETROKKEN && this.motivation != null;
	}

	public boolean belongsTo(Long memberId) {
		return this.memberId.equals(memberId);
	}

	/** The Doetank this membership is in. */
	public nl.clubhuis.doetank.DoetankRef doetankRef() {
		return this.doetank.ref();
	}

	public Long getId() {
		return this.id;
	}

	public Long getMemberId() {
		return this.memberId;
	}

	public MembershipRole getRole() {
		return this.role;
	}

	public Ring getRing() {
		return this.ring;
	}

	public MembershipState getState() {
		return this.state;
	}

	public String getMotivation() {
		return this.motivation;
	}

	public String getDecisionNote() {
		return this.decisionNote;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public Long getInvitedById() {
		return this.invitedById;
	}

	public LocalDate getSince() {
		return this.since;
	}

	public LocalDate getUntil() {
		return this.until;
	}

}
