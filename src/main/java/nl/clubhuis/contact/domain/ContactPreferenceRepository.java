package nl.clubhuis.contact.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContactPreferenceRepository extends JpaRepository<ContactPreference, Long> {

	/** Whether this member accepts messages (they do unless they switched it off). */
	default boolean acceptsMessages(Long memberId) {
		return !refusing(List.of(memberId)).contains(memberId);
	}

	/** Which of these members switched receiving messages off. One statement. */
	@Query("select p.memberId from ContactPreference p where p.memberId in :memberIds and p.acceptsMessages = false")
	List<Long> refusing(Collection<Long> memberIds);

}
