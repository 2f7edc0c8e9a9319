package nl.clubhuis.doetank.domain;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The history of the Doetanks' descriptions, newest first. */
interface DoetankRevisionRepository extends JpaRepository<DoetankRevision, Long> {

	List<DoetankRevision> findByDoetankIdOrderByAtDescIdDesc(Long doetankId, Limit limit);

	Page<DoetankRevision> findByDoetankIdOrderByAtDescIdDesc(Long doetankId, Pageable pageable);

}
