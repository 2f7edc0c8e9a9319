package nl.clubhuis.doetank;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BusinessCaseLineRepository extends JpaRepository<BusinessCaseLine, Long> {

	@Query("select l from BusinessCaseLine l where l.doetank.id = :doetankId order by l.dimension, l.side, l.addedAt")
	List<BusinessCaseLine> findForDoetank(Long doetankId);

}
