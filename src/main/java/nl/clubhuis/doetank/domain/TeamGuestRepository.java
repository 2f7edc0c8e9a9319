package nl.clubhuis.doetank.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The people without an account in the teams; only the doetank module reads them. */
public interface TeamGuestRepository extends JpaRepository<TeamGuest, Long> {

	List<TeamGuest> findByDoetankIdOrderByNameAscIdAsc(Long doetankId);

}
