package nl.clubhuis.toolkit.domain;

import java.util.List;
import java.util.Optional;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.toolkit.Question;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The lists, the inspiratiewijzer and the suggestions leave retired werkvormen out. */
interface WerkvormRepository extends JpaRepository<Werkvorm, Long> {

	Optional<Werkvorm> findBySlug(String slug);

	boolean existsBySlug(String slug);

	Optional<Werkvorm> findByNameIgnoreCase(String name);

	@Query(value = "select w from Werkvorm w where w.retiredAt is null order by lower(w.name), w.id",
			countQuery = "select count(w) from Werkvorm w where w.retiredAt is null")
	Page<Werkvorm> findAllByName(Pageable pageable);

	@Query(value = "select w from Werkvorm w join w.phases p where p = :phase and w.retiredAt is null"
			+ " order by lower(w.name), w.id",
			countQuery = "select count(w) from Werkvorm w join w.phases p where p = :phase and w.retiredAt is null")
	Page<Werkvorm> findFitting(@Param("phase") Phase phase, Pageable pageable);

	@Query("select w from Werkvorm w join w.phases p where p = :phase and w.retiredAt is null"
			+ " order by lower(w.name), w.id")
	List<Werkvorm> findAllFitting(@Param("phase") Phase phase);

	@Query("select w from Werkvorm w join w.questions q where q = :question and w.retiredAt is null"
			+ " order by lower(w.name), w.id")
	List<Werkvorm> findAnswering(@Param("question") Question question);

	/** Name and address of every werkvorm, for a choice list. */
	@Query("select new nl.clubhuis.toolkit.domain.WerkvormChoice(w.slug, w.name) from Werkvorm w order by lower(w.name)")
	List<WerkvormChoice> findChoices();

}
