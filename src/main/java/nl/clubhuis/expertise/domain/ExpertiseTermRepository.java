package nl.clubhuis.expertise.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertiseTermRepository extends JpaRepository<ExpertiseTerm, Long> {

	List<ExpertiseTerm> findByRetiredFalseOrderByNameNl();

	List<ExpertiseTerm> findAllByOrderByNameNl();

	boolean existsBySlug(String slug);

}
