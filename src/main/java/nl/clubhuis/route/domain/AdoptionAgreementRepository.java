package nl.clubhuis.route.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AdoptionAgreementRepository extends JpaRepository<AdoptionAgreement, Long> {

	@Query("select a from AdoptionAgreement a where a.doetankId = :doetankId")
	Optional<AdoptionAgreement> findForDoetank(Long doetankId);

}
