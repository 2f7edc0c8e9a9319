package nl.clubhuis.documents.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

	@Query("""
			select new nl.clubhuis.documents.domain.VersionRow(v.documentId, v.number, v.fileName, v.contentType,
			v.sizeBytes, v.uploadedAt) from DocumentVersion v where v.documentId in ?1
			order by v.documentId, v.number desc""")
	List<VersionRow> rowsOf(Collection<Long> documentIds);

	@Query("select coalesce(max(v.number), 0) from DocumentVersion v where v.documentId = ?1")
	int lastNumber(Long documentId);

	@Query("select v.documentId from DocumentVersion v where v.uploadToken = ?1")
	Optional<Long> documentWithToken(UUID token);

	Optional<DocumentVersion> findByDocumentIdAndNumber(Long documentId, int number);

	long countByDocumentId(Long documentId);

	@Modifying
	@Query("delete from DocumentVersion v where v.documentId = ?1 and v.number = ?2")
	int deleteVersion(Long documentId, int number);

}
