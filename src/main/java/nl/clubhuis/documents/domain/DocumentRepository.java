package nl.clubhuis.documents.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

	List<Document> findByDoetankIdOrderByCreatedAtDescIdDesc(Long doetankId);

	long countByDoetankId(Long doetankId);

	List<Document> findByIdIn(Collection<Long> ids);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Document d where d.id = ?1")
	Optional<Document> lockById(Long id);

}
