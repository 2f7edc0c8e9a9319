package nl.clubhuis.route;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.TeamGuests;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.domain.ConsentRepository;
import nl.clubhuis.route.domain.EindgebruikerConsent;
import nl.clubhuis.route.domain.OpdrachtgeverRules;
import nl.clubhuis.route.domain.SteppingIn;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Eindgebruikers' consent to an experiment, recorded while the Doetank experiments by its
 * trekker or coach, or by an eindgebruiker for themselves.
 */
@Service
public class EindgebruikerConsents {

	private final Doetanks doetanks;

	private final ConsentRepository consents;

	private final TeamGuests guests;

	private final MemberDirectory members;

	private final SteppingIn steppingIn;

	private final Clock clock;

	EindgebruikerConsents(Doetanks doetanks, ConsentRepository consents, TeamGuests guests, MemberDirectory members,
			SteppingIn steppingIn, Clock clock) {
		this.doetanks = doetanks;
		this.consents = consents;
		this.guests = guests;
		this.members = members;
		this.steppingIn = steppingIn;
		this.clock = clock;
	}

	/**
	 * The Doetank and whose consent {@code person} may record: a 404 for who may not see
	 * it, a 403 for who may not record, a 409 outside the phase experimenteren.
	 */
	@Transactional(readOnly = true)
	public Preparation prepare(String slug, MemberPrincipal person) {
		Viewer viewer = Viewer.of(person);
		Doetanks.Visible visible = this.doetanks.forAction(slug, viewer);
		TeamRoles team = visible.team();
		if (!OpdrachtgeverRules.mayRecordConsent(team, viewer)) {
			throw new AccessDeniedException("only the team records an eindgebruiker's consent");
		}
		if (!OpdrachtgeverRules.consentOpen(visible.doetank())) {
			throw new RuleViolationException("opdrachtgever.consent.rule.experimenteren");
		}
		List<Eindgebruiker> choices = new ArrayList<>();
		if (OpdrachtgeverRules.recordsForTheTeam(team, viewer)) {
			Map<Long, MemberRef> names = this.members.byIds(team.withRole(MembershipRole.EINDGEBRUIKER));
			names.values().forEach((member) -> choices.add(Eindgebruiker.member(member.id(), member.name())));
			choices.sort(Comparator.comparing(Eindgebruiker::name, String.CASE_INSENSITIVE_ORDER));
			this.guests.of(visible.doetank().id())
				.stream()
				.filter((guest) -> guest.role() == MembershipRole.EINDGEBRUIKER)
				.forEach((guest) -> choices.add(Eindgebruiker.guest(guest.id(), guest.name())));
		}
		else {
			choices.add(Eindgebruiker.member(person.id(), this.members.find(person.id()).orElseThrow().name()));
		}
		return new Preparation(visible.doetank(), team, choices, LocalDate.now(this.clock));
	}

	/**
	 * Records a consent; the same consent sent again (a double click, a second tab) is
	 * recorded once.
	 */
	@Transactional
	public void record(String slug, ConsentEntry entry, MemberPrincipal person) {
		Preparation preparation = prepare(slug, person);
		Map<String, String> problems = preparation.problemsWith(entry);
		if (!problems.isEmpty()) {
			throw new RuleViolationException(problems.values().iterator().next());
		}
		Eindgebruiker who = preparation.choice(entry.who()).orElseThrow();
		Long doetankId = preparation.doetank().id();
		String guestName = (who.memberId() == null) ? who.name() : null;
		if (this.consents
			.findByDoetankIdAndMemberIdAndGuestNameAndExperimentAndGivenOn(doetankId, who.memberId(), guestName,
					entry.experiment(), entry.givenOn())
			.isPresent()) {
			return;
		}
		this.consents.saveAndFlush(new EindgebruikerConsent(doetankId, who, entry.experiment(), entry.givenOn(),
				person.id(), this.clock.instant()));
		this.steppingIn.recordIfOutsideTeam(doetankId, preparation.team(), person, "CONSENT_RECORDED");
	}

	/** The consents of one Doetank, by day: one query. */
	@Transactional(readOnly = true)
	public List<EindgebruikerConsent> of(Long doetankId) {
		return this.consents.findByDoetankIdOrderByGivenOnAscIdAsc(doetankId);
	}

	/** How many consents a Doetank has: one query. */
	@Transactional(readOnly = true)
	public long countOf(Long doetankId) {
		return this.consents.countByDoetankId(doetankId);
	}

	/** A Doetank where consent may be recorded, whose, and today's date. */
	public record Preparation(DoetankRef doetank, TeamRoles team, List<Eindgebruiker> choices, LocalDate today) {

		public Optional<Eindgebruiker> choice(String key) {
			return this.choices.stream().filter((choice) -> choice.key().equals(key)).findFirst();
		}

		/** What is wrong with an entry, field → message key. */
		public Map<String, String> problemsWith(ConsentEntry entry) {
			Map<String, String> problems = new LinkedHashMap<>();
			if (entry.who() != null && choice(entry.who()).isEmpty()) {
				problems.put("who", "opdrachtgever.consent.rule.unknown");
			}
			if (!OpdrachtgeverRules.isGivenBy(entry.givenOn(), this.today)) {
				problems.put("givenOn", "opdrachtgever.consent.rule.inFuture");
			}
			return problems;
		}

	}

}
