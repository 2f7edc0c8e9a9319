package nl.clubhuis.route.domain;

import java.util.List;

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

}
