package nl.clubhuis.partners.domain;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerRepository extends JpaRepository<Partner, Long> {

	/** Everyone, by name; the page groups them by kind. */
	@Query("select p from Partner p order by lower(p.name), p.id")
	List<Partner> findAllByName(Limit limit);

}
