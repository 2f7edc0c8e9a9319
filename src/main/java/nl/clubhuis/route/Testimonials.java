package nl.clubhuis.route;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.domain.OpdrachtgeverRules;
import nl.clubhuis.route.domain.SteppingIn;
import nl.clubhuis.route.domain.Testimonial;
import nl.clubhuis.route.domain.TestimonialRepository;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opdrachtgever's testimonial and evaluation of a Doetank's result: written and kept
 * up to date by the opdrachtgever of that Doetank only, removed by a beheerder (logged).
 */
@Service
public class Testimonials {

	private final Doetanks doetanks;

	private final TestimonialRepository testimonials;

	private final SteppingIn steppingIn;

	private final Clock clock;

	Testimonials(Doetanks doetanks, TestimonialRepository testimonials, SteppingIn steppingIn, Clock clock) {
		this.doetanks = doetanks;
		this.testimonials = testimonials;
		this.steppingIn = steppingIn;
		this.clock = clock;
	}

	/**
	 * The Doetank and the testimonial {@code person} wrote there before, if any: a 404
	 * for who may not see the Doetank, a 403 for who is not its opdrachtgever, a 409
	 * before there is a result to judge.
	 */
	@Transactional(readOnly = true)
	public Own prepare(String slug, MemberPrincipal person) {
		Doetanks.Visible visible = this.doetanks.forAction(slug, Viewer.of(person));
		if (!OpdrachtgeverRules.mayWriteTestimonial(visible.team(), Viewer.of(person))) {
			throw new AccessDeniedException("only the opdrachtgever of this Doetank writes its testimonial");
		}
		if (!OpdrachtgeverRules.hasResultToJudge(visible.doetank())) {
			throw new RuleViolationException("opdrachtgever.testimonial.rule.fromEvalueren");
		}
		return new Own(visible.doetank(),
				this.testimonials.findByDoetankIdAndAuthorId(visible.doetank().id(), person.id()));
	}

	/**
	 * Writes or changes the testimonial. {@code version} is the one the form showed (null
	 * for a new one); someone else's save in between is a conflict, unless it says the
	 * same (the form sent twice).
	 */
	@Transactional
	public void write(String slug, TestimonialEntry entry, Long version, MemberPrincipal person) {
		Own own = prepare(slug, person);
		Testimonial testimonial = own.testimonial()
			.orElseGet(() -> new Testimonial(own.doetank().id(), person.id(), this.clock.instant()));
		if (testimonial.says(entry)) {
			return;
		}
		if (!testimonial.isNew() && (version == null || version != testimonial.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(Testimonial.class, testimonial.getId());
		}
		testimonial.write(entry, this.clock.instant());
		this.testimonials.saveAndFlush(testimonial);
	}

	/**
	 * A beheerder removes a testimonial (always stepping in: it is someone else's word);
	 * one already gone is no error.
	 */
	@Transactional
	public void remove(String slug, Long id, MemberPrincipal person) {
		Doetanks.Visible visible = this.doetanks.forAction(slug, Viewer.of(person));
		if (!person.isBeheerder()) {
			throw new AccessDeniedException("only a beheerder removes a testimonial");
		}
		Optional<Testimonial> testimonial = this.testimonials.findById(id)
			.filter((t) -> t.getDoetankId().equals(visible.doetank().id()));
		if (testimonial.isPresent()) {
			this.testimonials.delete(testimonial.get());
			this.steppingIn.recordIfSteppedIn(visible.doetank().id(), TeamRoles.NOBODY, person, "TESTIMONIAL_REMOVED");
		}
	}

	/** The testimonials of one Doetank, oldest first: one query. */
	@Transactional(readOnly = true)
	public List<Testimonial> of(Long doetankId) {
		return this.testimonials.findByDoetankIdOrderByWrittenAtAscIdAsc(doetankId);
	}

	/** A Doetank whose testimonial may be written, and the one written before. */
	public record Own(DoetankRef doetank, Optional<Testimonial> testimonial) {
	}

}
