package nl.clubhuis.doetank.domain;

import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

/** The history of the Doetanks' descriptions, newest first. */
interface DoetankRevisionRepository extends JpaRepository<DoetankRevision, Long> {

	List<DoetankRevision> findByDoetankIdOrderByAtDescIdDesc(Long doetankId, Limit limit);

	Page<DoetankRevision> findByDoetankIdOrderByAtDescIdDesc(Long doetankId, Pageable pageable);

	/** Every revision, locked: two removals at once must not write over each other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<DoetankRevision> findByDoetankId(Long doetankId);

}
