package nl.clubhuis.doetank;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReflectionRepository extends JpaRepository<Reflection, Long> {

	@Query("select r from Reflection r join fetch r.author where r.doetank.id = :doetankId order by r.writtenAt")
	List<Reflection> findForDoetank(Long doetankId);

}
