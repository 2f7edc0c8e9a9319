package nl.clubhuis.route.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentRepository extends JpaRepository<EindgebruikerConsent, Long> {

	List<EindgebruikerConsent> findByDoetankIdOrderByGivenOnAscIdAsc(Long doetankId);

	long countByDoetankId(Long doetankId);

	/** The same consent recorded before (a null member or guest name means "none"). */
	Optional<EindgebruikerConsent> findByDoetankIdAndMemberIdAndGuestNameAndExperimentAndGivenOn(Long doetankId,
			Long memberId, String guestName, String experiment, LocalDate givenOn);

}
