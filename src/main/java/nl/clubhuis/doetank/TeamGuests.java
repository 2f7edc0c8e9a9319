package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankAccess;
import nl.clubhuis.doetank.domain.DoetankRepository;
import nl.clubhuis.doetank.domain.StepIns;
import nl.clubhuis.doetank.domain.TeamGuest;
import nl.clubhuis.doetank.domain.TeamGuestRepository;

import java.util.List;
import java.util.Optional;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people in a team without an account: listed, edited and removed by who manages the
 * team (a beheerder stepping in is logged). Not members, so nothing of theirs is in a
 * member's export or erasure; the privacy statement says who records and removes them.
 */
@Service
public class TeamGuests {

	private final TeamGuestRepository guests;

	private final DoetankRepository doetanks;

	private final DoetankAccess access;

	private final StepIns stepIns;

	private final java.time.Clock clock;

	TeamGuests(TeamGuestRepository guests, DoetankRepository doetanks, DoetankAccess access, StepIns stepIns,
			java.time.Clock clock) {
		this.guests = guests;
		this.doetanks = doetanks;
		this.access = access;
		this.stepIns = stepIns;
		this.clock = clock;
	}

	/** The guests of one Doetank, by name: one query. */
	@Transactional(readOnly = true)
	public List<Guest> of(Long doetankId) {
		return this.guests.findByDoetankIdOrderByNameAscIdAsc(doetankId).stream().map(TeamGuest::view).toList();
	}

	/**
	 * One guest of this Doetank, for its edit form; a guest of another Doetank is a 404.
	 */
	@Transactional(readOnly = true)
	public Guest find(String slug, Long guestId, MemberPrincipal by) {
		return guest(manageable(slug, by), guestId).view();
	}

	/**
	 * Adds a guest; the same name in the same role twice (a double click) is one guest.
	 */
	@Transactional
	public Long add(String slug, String name, String organisation, MembershipRole role, MemberPrincipal by) {
		Doetank doetank = manageable(slug, by);
		Optional<TeamGuest> same = this.guests.findByDoetankIdOrderByNameAscIdAsc(doetank.getId())
			.stream()
			.filter((guest) -> guest.isNamed(name, role))
			.findFirst();
		if (same.isPresent()) {
			return same.get().getId();
		}
		TeamGuest guest = new TeamGuest(doetank.getId(), by.id(), this.clock.instant());
		guest.describe(name, organisation, role);
		stepIn(by, doetank, "TEAM_GUEST_ADDED");
		return this.guests.saveAndFlush(guest).getId();
	}

	@Transactional
	public void update(String slug, Long guestId, String name, String organisation, MembershipRole role,
			MemberPrincipal by) {
		Doetank doetank = manageable(slug, by);
		guest(doetank, guestId).describe(name, organisation, role);
		stepIn(by, doetank, "TEAM_GUEST_CHANGED");
	}

	/** Removes a guest; one already removed (a double click) is left as it is. */
	@Transactional
	public void remove(String slug, Long guestId, MemberPrincipal by) {
		Doetank doetank = manageable(slug, by);
		this.guests.findById(guestId)
			.filter((guest) -> guest.getDoetankId().equals(doetank.getId()))
			.ifPresent(this.guests::delete);
		stepIn(by, doetank, "TEAM_GUEST_REMOVED");
	}

	private TeamGuest guest(Doetank doetank, Long guestId) {
		return this.guests.findById(guestId)
			.filter((guest) -> guest.getDoetankId().equals(doetank.getId()))
			.orElseThrow(() -> new NotFoundException("guest " + guestId));
	}

	private Doetank manageable(String slug, MemberPrincipal by) {
		Doetank doetank = this.doetanks.findWithTeamBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!this.access.canView(doetank, Viewer.of(by))) {
			throw new NotFoundException(slug);
		}
		if (!this.access.canManageTeam(doetank, Viewer.of(by))) {
			throw new AccessDeniedException("only the team's trekkers and coaches list its guests");
		}
		return doetank;
	}

	private void stepIn(MemberPrincipal by, Doetank doetank, String action) {
		this.stepIns.record(by, doetank, doetank.isTrekker(by.id()) || doetank.isCoachOf(by.id()), action);
	}

}
