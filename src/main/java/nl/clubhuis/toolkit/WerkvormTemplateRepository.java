package nl.clubhuis.toolkit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WerkvormTemplateRepository extends JpaRepository<WerkvormTemplate, Long> {

	@Query("""
			select new nl.clubhuis.toolkit.TemplateFile(t.id, t.title, t.fileName, t.contentType, t.sizeBytes)
			from WerkvormTemplate t where t.werkvorm.id = :werkvorm order by t.id""")
	List<TemplateFile> findFiles(@Param("werkvorm") Long werkvormId);

	@Query("select t from WerkvormTemplate t join fetch t.werkvorm where t.id = :id")
	java.util.Optional<WerkvormTemplate> findWithWerkvorm(@Param("id") Long id);

}
