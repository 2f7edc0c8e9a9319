package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks Doetanks up for other modules, which keep only a Doetank's id. Batch lookups take
 * one query whatever the number of ids.
 */
@Service
@Transactional(readOnly = true)
public class Doetanks {

	private final DoetankRepository doetanks;

	private final JdbcClient jdbc;

	Doetanks(DoetankRepository doetanks, JdbcClient jdbc) {
		this.doetanks = doetanks;
		this.jdbc = jdbc;
	}

	public Optional<DoetankRef> find(Long id) {
		return (id == null) ? Optional.empty() : Optional.ofNullable(byIds(List.of(id)).get(id));
	}

	public Optional<DoetankRef> findBySlug(String slug) {
		return this.doetanks.findRefBySlug(slug);
	}

	/**
	 * The Doetanks with these ids; ids that match none are left out. One plain statement
	 * (as a JPQL query with a list, Hibernate translated it anew for every length): it
	 * reads what is in the database, so a caller that changed a Doetank in its
	 * transaction flushes first.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Map<Long, DoetankRef> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT id, slug, title, phase, status, record_ends_on FROM doetank WHERE id IN (:ids)")
			.param("ids", ids.stream().distinct().toList())
			.query((row, number) -> new DoetankRef(row.getLong("id"), row.getString("slug"), row.getString("title"),
					(row.getString("phase") != null) ? Phase.valueOf(row.getString("phase")) : null,
					DoetankStatus.valueOf(row.getString("status")), row.getObject("record_ends_on", LocalDate.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(DoetankRef::id, Function.identity()));
	}

	/**
	 * The public Doetanks among these ids, for Doetanks that took a stop on their route:
	 * with their stop reason and lessons when they are stopped now (null otherwise, e.g.
	 * for one from the network's history that started again); one statement.
	 */
	public Map<Long, StoppedDoetank> stopped(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.doetanks.findStopped(ids.stream().distinct().toList(), DoetankStatus.PUBLIC)
			.stream()
			.collect(Collectors.toMap(StoppedDoetank::id, Function.identity()));
	}

	/** Who has which role in this Doetank, and who asked to join. */
	public TeamRoles team(Long doetankId) {
		Map<Long, Set<MembershipRole>> active = new HashMap<>();
		Set<Long> pending = new HashSet<>();
		for (DoetankRepository.RoleRow row : this.doetanks.findRoles(doetankId)) {
			if (row.getState() == MembershipState.ACTIEF) {
				active.computeIfAbsent(row.getMemberId(), (id) -> EnumSet.noneOf(MembershipRole.class))
					.add(row.getRole());
			}
			else {
				pending.add(row.getMemberId());
			}
		}
		return new TeamRoles(active, pending);
	}

	/**
	 * The Doetank at this address with its team, or a 404 for anyone who may not know it
	 * exists (see {@link #isVisible}).
	 */
	public Visible visible(String slug, Viewer viewer) {
		DoetankRef doetank = findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		TeamRoles team = team(doetank.id());
		if (!isVisible(doetank, team, viewer)) {
			throw new NotFoundException(slug);
		}
		return new Visible(doetank, team);
	}

	/**
	 * As {@link #visible}, for an action on the route (an overleg, a transition, a
	 * record, a door, a consent, a testimonial): a historical Doetank's story is told, so
	 * it takes none, whoever asks (a 403).
	 */
	public Visible forAction(String slug, Viewer viewer) {
		Visible visible = visible(slug, viewer);
		if (visible.doetank().historical()) {
			throw new AccessDeniedException("nothing happens on a historical Doetank any more");
		}
		return visible;
	}

	/**
	 * Public Doetanks for everyone; a proposal only for the people involved and the
	 * network's coaches.
	 */
	public static boolean isVisible(DoetankRef doetank, TeamRoles team, Viewer viewer) {
		if (doetank.isPublic()) {
			return true;
		}
		return viewer.memberId().filter(team::involves).isPresent() || viewer.isCoach() || viewer.isBeheerder();
	}

	/**
	 * The public Doetanks these names point at, by title (in any case) or by address;
	 * names that match nothing are left out.
	 */
	public List<DoetankRef> publicNamed(Collection<String> names) {
		if (names.isEmpty()) {
			return List.of();
		}
		List<String> lowered = names.stream().map((name) -> name.strip().toLowerCase(Locale.ROOT)).toList();
		return this.doetanks.findNamedRefs(lowered, DoetankStatus.PUBLIC);
	}

	/** The ids of the active Doetanks this member is a coach of. */
	public List<Long> activeCoachedBy(Long memberId) {
		return this.doetanks.findActiveCoachedBy(memberId);
	}

	/**
	 * Every membership of this member, also requests and ended ones, by Doetank title:
	 * for the beheer page of a member. One query.
	 */
	public List<Involvement> of(Long memberId) {
		return this.doetanks.findInvolvements(memberId)
			.stream()
			.map((row) -> new Involvement(
					new DoetankRef(row.getId(), row.getSlug(), row.getTitle(), row.getPhase(), row.getStatus()),
					row.getRole(), row.getState()))
			.toList();
	}

	/** The expertise this Doetank is looking for (ids of the vocabulary). One query. */
	public Set<Long> expertiseWanted(Long doetankId) {
		return Set.copyOf(this.doetanks.findExpertiseWanted(doetankId));
	}

	/**
	 * The expertise these Doetanks are looking for, by Doetank id (those looking for none
	 * are left out). One query.
	 */
	public Map<Long, Set<Long>> expertiseWanted(Collection<Long> doetankIds) {
		if (doetankIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Set<Long>> wanted = new HashMap<>();
		this.doetanks.findExpertiseWantedBy(doetankIds.stream().distinct().toList())
			.forEach((row) -> wanted.computeIfAbsent(row.getDoetankId(), (id) -> new HashSet<>())
				.add(row.getExpertiseId()));
		return wanted;
	}

	/**
	 * Up to {@code limit} active Doetanks looking for any of these terms, not those in
	 * {@code excludeDoetankIds}: most terms in common first, then the most recently
	 * changed. One query.
	 */
	public List<DoetankCard> lookingFor(Set<Long> expertiseIds, Collection<Long> excludeDoetankIds, int limit) {
		if (expertiseIds.isEmpty() || limit <= 0) {
			return List.of();
		}
		List<Long> exclude = excludeDoetankIds.isEmpty() ? List.of(-1L)
				: excludeDoetankIds.stream().distinct().toList();
		return this.doetanks.findLookingForExpertise(List.copyOf(expertiseIds), exclude, limit)
			.stream()
			.map(Doetank::card)
			.toList();
	}

	/**
	 * The public Doetanks this member is in now, by title, with their roles there: for
	 * the member's profile. One query.
	 */
	public List<TeamPlace> publicPlacesOf(Long memberId) {
		Map<Long, TeamPlace> places = new java.util.LinkedHashMap<>();
		for (Involvement involvement : of(memberId)) {
			if (involvement.state() == MembershipState.ACTIEF && involvement.doetank().isPublic()) {
				places
					.computeIfAbsent(involvement.doetank().id(),
							(id) -> new TeamPlace(involvement.doetank(), new java.util.ArrayList<>()))
					.roles()
					.add(involvement.role());
			}
		}
		return List.copyOf(places.values());
	}

	/** A public Doetank a member is in, with their roles there. */
	public record TeamPlace(DoetankRef doetank, List<MembershipRole> roles) {
	}

	/** A member's role in one Doetank, and whether it is active, asked for or over. */
	public record Involvement(DoetankRef doetank, MembershipRole role, MembershipState state) {
	}

	/** A Doetank someone may see, with its team. */
	public record Visible(DoetankRef doetank, TeamRoles team) {
	}

}
