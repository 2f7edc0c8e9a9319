package nl.clubhuis.route.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BusinessCaseLineRepository extends JpaRepository<BusinessCaseLine, Long> {

	@Query("select l from BusinessCaseLine l where l.doetankId = :doetankId order by l.dimension, l.side, l.addedAt")
	List<BusinessCaseLine> findForDoetank(Long doetankId);

}
