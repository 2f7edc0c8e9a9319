package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.MembershipState;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** The Doetanks with their teams; only the doetank module itself reads them. */
public interface DoetankRepository extends JpaRepository<Doetank, Long>, JpaSpecificationExecutor<Doetank> {

	boolean existsBySlug(String slug);

	/** One Doetank with its whole team in a single query. */
	@Query("""
			select distinct d from Doetank d
			left join fetch d.memberships m
			where d.slug = :slug""")
	Optional<Doetank> findWithTeamBySlug(String slug);

	/** The Doetank, with its whole team, that a membership (an invitation) belongs to. */
	@Query("""
			select distinct d from Doetank d
			left join fetch d.memberships m
			where d.id = (select i.doetank.id from Membership i where i.id = :membershipId)""")
	Optional<Doetank> findWithTeamByMembershipId(Long membershipId);

	/** The invitations waiting for this member, with their Doetanks, oldest first. */
	@Query("""
			select m from Membership m join fetch m.doetank
			where m.memberId = :memberId and m.state = nl.clubhuis.doetank.MembershipState.UITGENODIGD
			order by m.requestedAt, m.id""")
	List<Membership> findOpenInvitations(Long memberId);

	/**
	 * The author's proposal with this title that waits for intake (the database allows
	 * one: index doetank_open_proposal_uk).
	 */
	@Query("""
			select d.slug from Doetank d
			where d.proposedById = :authorId and d.status = nl.clubhuis.doetank.DoetankStatus.VOORSTEL
			  and lower(d.title) = lower(:title)""")
	Optional<String> findWaitingProposal(Long authorId, String title);

	@Query("""
			select d from Doetank d
			where d.status = nl.clubhuis.doetank.DoetankStatus.ACTIEF
			  and array_contains(d.lookingFor, 'LEDEN')
			order by d.updatedAt desc""")
	List<Doetank> findLookingForMembers(Limit limit);

	@Query("""
			select new nl.clubhuis.doetank.domain.ProposalSummary(d.slug, d.title, d.vraagstuk, d.theme, d.createdAt,
			    m.memberId)
			from Doetank d join d.memberships m
			where d.status = nl.clubhuis.doetank.DoetankStatus.VOORSTEL
			  and m.role = nl.clubhuis.doetank.MembershipRole.TREKKER
			  and m.state = nl.clubhuis.doetank.MembershipState.ACTIEF
			order by d.createdAt""")
	Page<ProposalSummary> findProposals(Pageable pageable);

	@Query("select d.status as status, count(d) as count from Doetank d where d.status in :statuses group by d.status")
	List<StatusCount> countByStatus(Collection<DoetankStatus> statuses);

	@Query("""
			select distinct d from Doetank d join d.memberships m
			where m.memberId = :memberId and m.state = nl.clubhuis.doetank.MembershipState.ACTIEF
			order by d.updatedAt desc""")
	List<Doetank> findInvolving(Long memberId, Limit limit);

	@Query("select new nl.clubhuis.doetank.DoetankRef(d.id, d.slug, d.title, d.phase, d.status) from Doetank d where d.id in :ids")
	List<DoetankRef> findRefs(Collection<Long> ids);

	@Query("select new nl.clubhuis.doetank.DoetankRef(d.id, d.slug, d.title, d.phase, d.status) from Doetank d where d.slug = :slug")
	Optional<DoetankRef> findRefBySlug(String slug);

	@Query("""
			select new nl.clubhuis.doetank.DoetankRef(d.id, d.slug, d.title, d.phase, d.status) from Doetank d
			where d.status in :statuses and (lower(d.title) in :names or d.slug in :names)""")
	List<DoetankRef> findNamedRefs(Collection<String> names, Collection<DoetankStatus> statuses);

	@Query("""
			select m.memberId as memberId, m.role as role, m.state as state from Membership m
			where m.doetank.id = :doetankId
			  and m.state in (nl.clubhuis.doetank.MembershipState.ACTIEF, nl.clubhuis.doetank.MembershipState.AANGEVRAAGD)""")
	List<RoleRow> findRoles(Long doetankId);

	@Query("""
			select d.id from Doetank d join d.memberships m
			where d.status = nl.clubhuis.doetank.DoetankStatus.ACTIEF and m.memberId = :memberId
			  and m.role = nl.clubhuis.doetank.MembershipRole.COACH
			  and m.state = nl.clubhuis.doetank.MembershipState.ACTIEF""")
	List<Long> findActiveCoachedBy(Long memberId);

	@Query("""
			select d.id as id, d.slug as slug, d.title as title, d.phase as phase, d.status as status,
			       m.role as role, m.state as state
			from Membership m join m.doetank d where m.memberId = :memberId order by d.title, m.role""")
	List<InvolvementRow> findInvolvements(Long memberId);

	interface InvolvementRow {

		Long getId();

		String getSlug();

		String getTitle();

		Phase getPhase();

		DoetankStatus getStatus();

		MembershipRole getRole();

		MembershipState getState();

	}

	interface RoleRow {

		Long getMemberId();

		MembershipRole getRole();

		MembershipState getState();

	}

	interface StatusCount {

		DoetankStatus getStatus();

		long getCount();

	}

}
