package nl.clubhuis.member;

import nl.clubhuis.member.domain.Member;
import nl.clubhuis.member.domain.MemberRepository;
import nl.clubhuis.member.domain.ProfileFinder;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks members up for other modules, which keep only a member's id: one query for any
 * number of ids, so a list page stays a fixed number of statements.
 */
@Service
@Transactional(readOnly = true)
public class MemberDirectory {

	private final MemberRepository members;

	private final ProfileFinder finder;

	MemberDirectory(MemberRepository members, ProfileFinder finder) {
		this.members = members;
		this.finder = finder;
	}

	/**
	 * The ids of the expertise terms this member chose (retired ones included); empty for
	 * an unknown id. One query.
	 */
	public Set<Long> expertiseOf(Long memberId) {
		return (memberId == null) ? Set.of()
				: this.finder.expertiseOf(List.of(memberId)).getOrDefault(memberId, Set.of());
	}

	/**
	 * Members with any of these expertise ids whose profile members may see (everyone or
	 * members only), verified and neither blocked nor erased: those with the most
	 * matching terms first, then by name; at most {@code limit}. For matching people to a
	 * Doetank or a question. One query.
	 */
	public List<MemberRef> withExpertise(Collection<Long> expertiseIds, int limit) {
		return withExpertise(expertiseIds, List.of(), limit);
	}

	public Optional<MemberRef> find(Long id) {
		return (id == null) ? Optional.empty() : Optional.ofNullable(byIds(List.of(id)).get(id));
	}

	/**
	 * The member whose profile is at /leden/{slug}, whoever may see it: the caller checks
	 * {@link MemberRef#profileVisibleTo}.
	 */
	public Optional<MemberRef> findBySlug(String slug) {
		return (slug == null) ? Optional.empty() : this.members.findRefBySlug(slug);
	}

	/** The members with these ids; ids that match nobody are left out. */
	public Map<Long, MemberRef> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.finder.refs(ids.stream().distinct().toList())
			.stream()
			.collect(Collectors.toMap(MemberRef::id, Function.identity()));
	}

	/**
	 * The members with these ids and their e-mail addresses, in one query: only for
	 * mailing them and for an organiser's door list.
	 */
	public Map<Long, MemberContact> contacts(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.members.findContacts(ids.stream().distinct().toList())
			.stream()
			.collect(Collectors.toMap(MemberContact::id, Function.identity()));
	}

	/**
	 * At most {@code limit} members who can take part (address verified, not blocked)
	 * whose name contains these words, by name: for finding someone to invite. Never
	 * searches or shows e-mail addresses; fewer than two letters find nobody.
	 */
	public List<MemberRef> findByName(String words, int limit) {
		String wanted = (words == null) ? "" : words.strip().toLowerCase(java.util.Locale.ROOT);
		if (wanted.length() < 2) {
			return List.of();
		}
		return this.members.findTakingPartByName(MemberAdministration.pattern(wanted),
				org.springframework.data.domain.Limit.of(limit));
	}

	/** The member with this id, when they can take part (verified, not blocked). */
	public Optional<MemberRef> findTakingPart(Long id) {
		return (id == null) ? Optional.empty() : this.members.findTakingPart(id);
	}

	/**
	 * The beheerders who can still log in: who passes a request for the supportcomité on.
	 * One query.
	 */
	public List<Long> beheerderIds() {
		return this.members.activeBeheerderIds();
	}

	/** The network's coaches, by name: who can sit in a gatekeepers-overleg. */
	public List<MemberRef> coaches() {
		return this.members.findCoaches().stream().map((member) -> member.ref()).toList();
	}

	/**
	 * Acting on a member's behalf without a login: for demo data and tests, never for a
	 * request.
	 */
	public Optional<MemberPrincipal> actingAs(Long id) {
		return this.members.findById(id).map(MemberService::withoutPassword);
	}

	/**
	 * Up to {@code limit} members who know any of these terms, for matching: only members
	 * whose profile other members may see, verified, neither blocked nor erased, and not
	 * those in {@code excludeIds}; most terms in common first, then by name. One query.
	 */
	public List<MemberRef> withExpertise(Collection<Long> expertiseIds, Collection<Long> excludeIds, int limit) {
		if (expertiseIds.isEmpty() || limit <= 0) {
			return List.of();
		}
		return this.members
			.findWithExpertise(expertiseIds.stream().distinct().toList(),
					excludeIds.isEmpty() ? List.of(-1L) : excludeIds.stream().distinct().toList(), limit)
			.stream()
			.map(MemberRepository.RefRow::ref)
			.toList();
	}

	/**
	 * Job title and expertise of these members, by id (ids that match nobody are left
	 * out). One query.
	 */
	public Map<Long, MemberSkills> skillsOf(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> jobTitles = new HashMap<>();
		Map<Long, Set<Long>> expertise = new HashMap<>();
		for (MemberRepository.SkillRow row : this.members.findSkills(ids.stream().distinct().toList())) {
			jobTitles.put(row.getMemberId(), row.getJobTitle());
			Set<Long> terms = expertise.computeIfAbsent(row.getMemberId(), (id) -> new HashSet<>());
			if (row.getExpertiseId() != null) {
				terms.add(row.getExpertiseId());
			}
		}
		Map<Long, MemberSkills> skills = new HashMap<>();
		expertise.forEach((id, terms) -> skills.put(id, new MemberSkills(id, jobTitles.get(id), terms)));
		return skills;
	}

	/** Used to seed demo data and in tests; pages never look people up by address. */
	public Optional<MemberRef> findByEmail(String email) {
		return this.members.findByEmail(Member.normaliseEmail(email)).map((member) -> member.ref());
	}

}
