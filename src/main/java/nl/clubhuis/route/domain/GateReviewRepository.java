package nl.clubhuis.route.domain;

import java.util.List;

import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GateReviewRepository extends JpaRepository<GateReview, Long> {

	@Query("""
			select distinct r from GateReview r left join fetch r.coachesPresent
			where r.doetankId = :doetankId order by r.heldOn, r.id""")
	List<GateReview> findWithCoaches(Long doetankId);

	@Query("""
			select a from GateReviewAnswer a join fetch a.review r
			where r.doetankId = :doetankId order by a.position""")
	List<GateReviewAnswer> findAnswers(Long doetankId);

	@Query(value = """
			select new nl.clubhuis.route.domain.AttendedReview(r.id, r.doetankId, r.phase, r.heldOn, r.decision)
			from GateReview r where r.recordedById = :memberId or :memberId member of r.coachesPresent
			order by r.heldOn desc, r.id desc""",
			countQuery = "select count(r) from GateReview r where r.recordedById = :memberId or :memberId member of r.coachesPresent")
	Page<AttendedReview> findAttendedBy(Long memberId, Pageable pageable);

	/**
	 * Whether this coach recorded the same overleg (phase, day, decision, reflection and
	 * agreed actions; none is an empty text) for this Doetank since then.
	 */
	@Query("""
			select count(r) > 0 from GateReview r
			where r.doetankId = :doetankId and r.phase = :phase and r.recordedById = :coachId and r.heldOn = :heldOn
			  and r.decision = :decision and r.reflection = :reflection
			  and coalesce(r.agreedActions, '') = :agreedActions and r.recordedAt >= :since""")
	boolean existsRecorded(Long doetankId, Phase phase, Long coachId, java.time.LocalDate heldOn,
			GateDecision.Kind decision, String reflection, String agreedActions, java.time.Instant since);

}
