package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.MembershipState;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.StoppedDoetank;
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
import org.springframework.data.jpa.repository.Modifying;
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
			where d.status = nl.clubhuis.doetank.DoetankStatus.ACTIEF and d.recordEndsOn is null
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

	/** Historical Doetanks (their record ends) do not count as active today. */
	@Query("""
			select d.status as status, count(d) as count from Doetank d where d.status in :statuses
			  and (d.status <> nl.clubhuis.doetank.DoetankStatus.ACTIEF or d.recordEndsOn is null)
			group by d.status""")
	List<StatusCount> countByStatus(Collection<DoetankStatus> statuses);

	@Query("select new nl.clubhuis.doetank.StoppedDoetank(d.id, d.slug, d.title, d.stopReason, d.lessons) from Doetank d where d.id in :ids and d.status in :statuses")
	List<StoppedDoetank> findStopped(Collection<Long> ids, Collection<DoetankStatus> statuses);

	@Query("select new nl.clubhuis.doetank.DoetankRef(d.id, d.slug, d.title, d.phase, d.status, d.recordEndsOn) from Doetank d where d.slug = :slug")
	Optional<DoetankRef> findRefBySlug(String slug);

	@Query("""
			select new nl.clubhuis.doetank.DoetankRef(d.id, d.slug, d.title, d.phase, d.status, d.recordEndsOn) from Doetank d
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

	/** The expertise a Doetank is looking for (ids of the vocabulary). */
	@Query(value = "select expertise_id from doetank_expertise where doetank_id = :doetankId", nativeQuery = true)
	List<Long> findExpertiseWanted(Long doetankId);

	@Query(value = """
			select doetank_id as doetankId, expertise_id as expertiseId from doetank_expertise
			where doetank_id in (:doetankIds)""", nativeQuery = true)
	List<ExpertiseRow> findExpertiseWantedBy(Collection<Long> doetankIds);

	/**
	 * Active Doetanks looking for any of these terms, not among {@code exclude}: most
	 * terms in common first, then the most recently changed. The candidates are read by
	 * id ({@code = any(array(…))}); a join let the planner read every Doetank.
	 */
	@Query(value = """
			select d.* from doetank d
			where d.id = any (array(select doetank_id from doetank_expertise where expertise_id in (:terms)))
			  and d.status = 'ACTIEF' and d.record_ends_on is null and d.id not in (:exclude)
			order by (select count(*) from doetank_expertise e
			          where e.doetank_id = d.id and e.expertise_id in (:terms)) desc, d.updated_at desc, d.id
			limit :limit""", nativeQuery = true)
	List<Doetank> findLookingForExpertise(Collection<Long> terms, Collection<Long> exclude, int limit);

	/**
	 * Per Doetank this member is trekker of: how many join requests wait, and since when;
	 * longest waiting first.
	 */
	@Query("""
			select d.slug as slug, d.title as title, count(r) as count, min(r.requestedAt) as since
			from Membership r join r.doetank d
			where r.state = nl.clubhuis.doetank.MembershipState.AANGEVRAAGD
			  and exists (select t.id from Membership t where t.doetank = d and t.memberId = :memberId
			      and t.role = nl.clubhuis.doetank.MembershipRole.TREKKER
			      and t.state = nl.clubhuis.doetank.MembershipState.ACTIEF)
			group by d.id, d.slug, d.title
			order by min(r.requestedAt)""")
	List<WaitingRow> findRequestsToDecide(Long memberId);

	/** How many proposals wait for intake, and since when. */
	@Query("""
			select count(d) as count, min(d.createdAt) as since from Doetank d
			where d.status = nl.clubhuis.doetank.DoetankStatus.VOORSTEL""")
	WaitingRow countProposals();

	/**
	 * This member's own join requests (open or declined) and proposals (waiting or
	 * declined), newest first.
	 */
	@Query("""
			select d.slug as slug, d.title as title, d.status as doetankStatus, d.declineReason as declineReason,
			       m.role as role, m.state as state, m.decisionNote as decisionNote, m.requestedAt as requestedAt,
			       m.decidedAt as decidedAt, d.intake.intakeRelevance as relevance, d.intake.intakeChance as chance,
			       d.intake.intakeProblemOwner as problemOwner, d.intake.intakeOrigin as origin
			from Membership m join m.doetank d
			where m.memberId = :memberId
			  and ((m.motivation is not null and m.state in (nl.clubhuis.doetank.MembershipState.AANGEVRAAGD,
			                                                 nl.clubhuis.doetank.MembershipState.AFGEWEZEN))
			    or (m.role = nl.clubhuis.doetank.MembershipRole.TREKKER
			        and m.state = nl.clubhuis.doetank.MembershipState.ACTIEF
			        and d.status in (nl.clubhuis.doetank.DoetankStatus.VOORSTEL, nl.clubhuis.doetank.DoetankStatus.AFGEWEZEN)))
			order by m.requestedAt desc""")
	List<RequestRow> findRequestsAndProposalsOf(Long memberId, Limit limit);

	interface ExpertiseRow {

		Long getDoetankId();

		Long getExpertiseId();

	}

	interface WaitingRow {

		String getSlug();

		String getTitle();

		long getCount();

		java.time.Instant getSince();

	}

	interface RequestRow {

		String getSlug();

		String getTitle();

		DoetankStatus getDoetankStatus();

		String getDeclineReason();

		MembershipRole getRole();

		MembershipState getState();

		String getDecisionNote();

		java.time.Instant getRequestedAt();

		java.time.Instant getDecidedAt();

		nl.clubhuis.doetank.Sufficiency getRelevance();

		nl.clubhuis.doetank.Sufficiency getChance();

		Boolean getProblemOwner();

		nl.clubhuis.doetank.IntakeOrigin getOrigin();

	}

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

	/** Adds {@code delta} to the Doetank's count of adopters; the version stays. */
	@Modifying
	@Query("update Doetank d set d.adopterCount = d.adopterCount + :delta where d.id = :id")
	int changeAdopterCount(Long id, int delta);

}
