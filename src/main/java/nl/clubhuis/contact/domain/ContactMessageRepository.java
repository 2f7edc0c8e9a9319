package nl.clubhuis.contact.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContactMessageRepository extends JpaRepository<ContactMessage, Long> {

	/** How many messages this member sent since then: the daily limit counts these. */
	long countBySenderIdAndSentAtAfter(Long senderId, Instant since);

	/** The message this form already sent (a second click, a second tab). */
	boolean existsBySenderIdAndFormToken(Long senderId, String formToken);

	Optional<ContactMessage> findByReportTokenHash(String reportTokenHash);

	@Query(value = "select m from ContactMessage m where m.reportedAt is not null order by m.reportedAt desc, m.id desc",
			countQuery = "select count(m) from ContactMessage m where m.reportedAt is not null")
	Page<ContactMessage> findReported(Pageable page);

}
