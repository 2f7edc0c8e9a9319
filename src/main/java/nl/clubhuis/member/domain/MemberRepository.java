package nl.clubhuis.member.domain;

import nl.clubhuis.member.MemberContact;
import nl.clubhuis.member.MemberRef;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface MemberRepository extends JpaRepository<Member, Long> {

	Optional<Member> findByEmail(String email);

	boolean existsByEmail(String email);

	boolean existsBySlug(String slug);

	Optional<Member> findBySlug(String slug);

	/**
	 * A profile address from this name that nobody has yet: "anouk-jansen",
	 * "anouk-jansen-2".
	 */
	default String freeSlug(String name) {
		return nl.clubhuis.shared.Slugs.unique(name, this::existsBySlug);
	}

	@Query("select m from Member m where array_contains(m.roles, 'COACH') order by m.name")
	List<Member> findCoaches();

	@Query("select new nl.clubhuis.member.MemberRef(m.id, m.name, m.organisation, m.slug, m.profileVisibility) from Member m where m.slug = :slug")
	Optional<MemberRef> findRefBySlug(String slug);

	/**
	 * Members who know any of these terms and let members see their profile, verified,
	 * neither blocked nor erased, not among {@code exclude}: most terms in common first,
	 * then by name.
	 */
	@Query(value = """
			select m.id as id, m.name as name, m.organisation as organisation, m.slug as slug,
			       m.profile_visibility as visibility
			from member m join member_expertise e on e.member_id = m.id
			where e.expertise_id in (:terms) and m.id not in (:exclude)
			  and m.profile_visibility in ('IEDEREEN', 'LEDEN') and m.email_verified_at is not null
			  and m.blocked_at is null and m.erased_at is null
			group by m.id
			order by count(*) desc, lower(m.name), m.id
			limit :limit""", nativeQuery = true)
	List<RefRow> findWithExpertise(java.util.Collection<Long> terms, java.util.Collection<Long> exclude, int limit);

	/** Job title and expertise of these members, a row per term (or one without). */
	@Query(value = """
			select m.id as memberId, m.job_title as jobTitle, e.expertise_id as expertiseId
			from member m left join member_expertise e on e.member_id = m.id
			where m.id in (:ids)""", nativeQuery = true)
	List<SkillRow> findSkills(java.util.Collection<Long> ids);

	@Query("select new nl.clubhuis.member.MemberContact(m.id, m.name, m.organisation, m.email, m.locale) from Member m where m.id in :ids")
	List<MemberContact> findContacts(java.util.Collection<Long> ids);

	/**
	 * Members who can take part (address verified, not blocked, not erased) whose name
	 * contains the pattern (lower case, escaped as for {@link #search}; accents ignored,
	 * V75), by name.
	 */
	@Query("""
			select new nl.clubhuis.member.MemberRef(m.id, m.name, m.organisation, m.slug, m.profileVisibility) from Member m
			where cast(function('fold_accents', m.name) as String) like cast(function('fold_accents', :pattern) as String) escape '\\'
			  and m.emailVerifiedAt is not null and m.blockedAt is null
			  and m.erasedAt is null
			order by m.name, m.id""")
	List<MemberRef> findTakingPartByName(String pattern, org.springframework.data.domain.Limit limit);

	/**
	 * The member with this id when they can take part (verified, not blocked, not
	 * erased).
	 */
	@Query("""
			select new nl.clubhuis.member.MemberRef(m.id, m.name, m.organisation, m.slug, m.profileVisibility) from Member m
			where m.id = :id and m.emailVerifiedAt is not null and m.blockedAt is null and m.erasedAt is null""")
	Optional<MemberRef> findTakingPart(Long id);

	/**
	 * Members in this {@link nl.clubhuis.member.AccountState} whose name, address or
	 * organisation contains the pattern (accents ignored in names and organisations, V75;
	 * lower case, with {@code %} around it and a backslash before a literal {@code %},
	 * {@code _} or backslash; {@code %} for all).
	 */
	@Query("""
			select m from Member m
			where (cast(function('fold_accents', m.name) as String) like cast(function('fold_accents', :pattern) as String) escape '\\'
			       or m.email like :pattern escape '\\'
			       or cast(function('fold_accents', m.organisation) as String) like cast(function('fold_accents', :pattern) as String) escape '\\')
			  and ((:state = 'IN_GEBRUIK' and m.erasedAt is null)
			       or (:state = 'ONBEVESTIGD' and m.erasedAt is null and m.emailVerifiedAt is null)
			       or (:state = 'GEBLOKKEERD' and m.erasedAt is null and m.blockedAt is not null)
			       or (:state = 'VERWIJDERD' and m.erasedAt is not null))""")
	Page<Member> search(String pattern, String state, Pageable pageable);

	/**
	 * The beheerders who can still log in, each row locked until the transaction ends:
	 * two beheerders taking each other's role at once are served one after the other, and
	 * the second sees what the first did.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Member m where array_contains(m.roles, 'BEHEERDER') and m.blockedAt is null order by m.id")
	List<Member> lockActiveBeheerders();

	@Query("select m.id from Member m where array_contains(m.roles, 'BEHEERDER') and m.blockedAt is null")
	List<Long> activeBeheerderIds();

	/**
	 * Leaves the version alone, like a login: switching language clashes with nothing.
	 */
	@Modifying
	@Transactional
	@Query("update Member m set m.locale = :language where m.id = :id and m.locale <> :language")
	int updateLanguage(Long id, Language language);

	/** Leaves the version alone: a login must not clash with a beheerder's change. */
	@Modifying
	@Transactional
	@Query("update Member m set m.lastLoginAt = :at where m.id = :id")
	void markLoggedIn(Long id, java.time.Instant at);

	interface RefRow {

		Long getId();

		String getName();

		String getOrganisation();

		String getSlug();

		String getVisibility();

		default MemberRef ref() {
			return new MemberRef(getId(), getName(), getOrganisation(), getSlug(),
					nl.clubhuis.member.ProfileVisibility.valueOf(getVisibility()));
		}

	}

	interface SkillRow {

		Long getMemberId();

		String getJobTitle();

		Long getExpertiseId();

	}

}
