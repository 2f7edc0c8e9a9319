package nl.clubhuis.route.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import nl.clubhuis.route.DoorState;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DoorRequestRepository extends JpaRepository<DoorRequest, Long> {

	@Query("select r from DoorRequest r where r.doetankId = :doetankId order by r.askedAt desc, r.id desc")
	List<DoorRequest> findForDoetank(Long doetankId);

	/** The request, locked until the transaction ends: two answers are served in turn. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from DoorRequest r where r.id = :id")
	Optional<DoorRequest> lock(Long id);

	/**
	 * The open requests to this supporter, and for a beheerder ({@code committee}) those
	 * to the supportcomité; the longest waiting first.
	 */
	@Query("""
			select r from DoorRequest r
			where r.state in :open and (r.supporterId = :memberId or (:committee = true and r.supporterId is null))
			order by r.askedAt""")
	List<DoorRequest> findOpenFor(Long memberId, boolean committee, List<DoorState> open);

	@Query("""
			select r from DoorRequest r
			where r.doetankId = :doetankId and r.askedById = :askedById and r.state in :open
			  and lower(r.toWhom) = lower(:toWhom)
			  and (r.supporterId = :supporterId or (r.supporterId is null and :supporterId is null))""")
	Optional<DoorRequest> findOpenTwin(Long doetankId, Long askedById, Long supporterId, String toWhom,
			List<DoorState> open);

}
