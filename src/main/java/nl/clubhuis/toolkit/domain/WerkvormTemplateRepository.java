package nl.clubhuis.toolkit.domain;

import java.util.List;
import java.util.Optional;

import nl.clubhuis.toolkit.TemplateFile;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WerkvormTemplateRepository extends JpaRepository<WerkvormTemplate, Long> {

	@Query("""
			select new nl.clubhuis.toolkit.TemplateFile(t.id, t.title, t.fileName, t.contentType, t.sizeBytes)
			from WerkvormTemplate t where t.werkvorm.slug = :werkvorm order by t.id""")
	List<TemplateFile> findFiles(@Param("werkvorm") String werkvormSlug);

	@Query("select t from WerkvormTemplate t join fetch t.werkvorm where t.id = :id")
	Optional<WerkvormTemplate> findWithWerkvorm(@Param("id") Long id);

}
