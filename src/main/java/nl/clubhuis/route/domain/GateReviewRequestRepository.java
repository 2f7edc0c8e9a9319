package nl.clubhuis.route.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GateReviewRequestRepository extends JpaRepository<GateReviewRequest, Long> {

	@Query("""
			select r from GateReviewRequest r
			where r.doetankId = :doetankId and r.answeredAt is null order by r.requestedAt""")
	List<GateReviewRequest> findOpen(Long doetankId);

	@Query("""
			select r from GateReviewRequest r
			where r.answeredAt is null and (:all = true or r.doetankId in :doetankIds)
			order by r.requestedAt""")
	List<GateReviewRequest> findOpenFor(java.util.Collection<Long> doetankIds, boolean all);

}
