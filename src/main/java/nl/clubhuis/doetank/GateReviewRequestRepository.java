package nl.clubhuis.doetank;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GateReviewRequestRepository extends JpaRepository<GateReviewRequest, Long> {

	@Query("""
			select r from GateReviewRequest r join fetch r.requestedBy
			where r.doetank.id = :doetankId and r.answeredAt is null order by r.requestedAt""")
	List<GateReviewRequest> findOpen(Long doetankId);

	@Query("""
			select r from GateReviewRequest r join fetch r.doetank d join fetch r.requestedBy
			where r.answeredAt is null and d.status = nl.clubhuis.doetank.DoetankStatus.ACTIEF
			  and (:all = true or exists (select m from Membership m where m.doetank = d
			       and m.member.id = :coachId and m.role = nl.clubhuis.doetank.MembershipRole.COACH
			       and m.state = nl.clubhuis.doetank.MembershipState.ACTIEF))
			order by r.requestedAt""")
	List<GateReviewRequest> findOpenForCoach(Long coachId, boolean all);

}
