package nl.clubhuis.doetank;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AdoptionAgreementRepository extends JpaRepository<AdoptionAgreement, Long> {

	@Query("select a from AdoptionAgreement a where a.doetank.id = :doetankId")
	Optional<AdoptionAgreement> findForDoetank(Long doetankId);

}
