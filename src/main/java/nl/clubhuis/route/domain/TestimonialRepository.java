package nl.clubhuis.route.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TestimonialRepository extends JpaRepository<Testimonial, Long> {

	List<Testimonial> findByDoetankIdOrderByWrittenAtAscIdAsc(Long doetankId);

	Optional<Testimonial> findByDoetankIdAndAuthorId(Long doetankId, Long authorId);

}
