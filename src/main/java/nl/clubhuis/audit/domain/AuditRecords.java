package nl.clubhuis.audit.domain;

import nl.clubhuis.audit.AuditFilter;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** The logboek's table: written and read, never updated or deleted through here. */
public interface AuditRecords extends Repository<AuditRecord, Long>, JpaSpecificationExecutor<AuditRecord> {

	AuditRecord save(AuditRecord record);

	/** Every entry by or about this person, oldest first: for their data export. */
	default List<AuditRecord> involving(Long personId) {
		return findAll((root, query, cb) -> cb.or(cb.equal(root.get("actorId"), personId),
				cb.equal(root.get("memberId"), personId)), Sort.by("recordedAt", "id"));
	}

	/** The entries that match, newest first. */
	default Page<AuditRecord> matching(AuditFilter filter, Pageable page) {
		Specification<AuditRecord> matches = (root, query, cb) -> cb.conjunction();
		if (filter.kind() != null) {
			matches = matches.and((root, query, cb) -> cb.equal(root.get("kind"), filter.kind()));
		}
		if (filter.personId() != null) {
			matches = matches.and((root, query, cb) -> cb.or(cb.equal(root.get("actorId"), filter.personId()),
					cb.equal(root.get("memberId"), filter.personId())));
		}
		Sort newestFirst = Sort.by(Sort.Order.desc("recordedAt"), Sort.Order.desc("id"));
		return findAll(matches, PageRequest.of(page.getPageNumber(), page.getPageSize(), newestFirst));
	}

}
