package nl.clubhuis.route;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.clubhuis.doetank.DoetankProgress;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.domain.Adopter;
import nl.clubhuis.route.domain.AdopterListing;
import nl.clubhuis.route.domain.AdopterMail;
import nl.clubhuis.route.domain.AdopterRepository;
import nl.clubhuis.route.domain.AdopterRules;
import nl.clubhuis.route.domain.AdopterView;
import nl.clubhuis.route.domain.SteppingIn;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations that took up the result of a Doetank (diffusion, workflow 8): any
 * member records one while the Doetank spreads its result or after it finished, the
 * trekkers are told by mail, the one who recorded it corrects it, a trekker (or a
 * beheerder, logged) removes a wrong one. The Doetank's count of adopters moves in the
 * same transaction, so the list of Doetanks can filter on it.
 */
@Service
public class AdopterService {

	private final Doetanks doetanks;

	private final AdopterRepository adopters;

	private final DoetankProgress progress;

	private final AdopterMail mail;

	private final MemberDirectory members;

	private final SteppingIn steppingIn;

	private final Clock clock;

	AdopterService(Doetanks doetanks, AdopterRepository adopters, DoetankProgress progress, AdopterMail mail,
			MemberDirectory members, SteppingIn steppingIn, Clock clock) {
		this.doetanks = doetanks;
		this.adopters = adopters;
		this.progress = progress;
		this.mail = mail;
		this.members = members;
		this.steppingIn = steppingIn;
		this.clock = clock;
	}

	/**
	 * The Doetank {@code person} may record an adopter of; a 404 for who may not see it,
	 * a 403 before VERBREDEN.
	 */
	@Transactional(readOnly = true)
	public DoetankRef toRecord(String slug, MemberPrincipal person) {
		DoetankRef doetank = this.doetanks.visible(slug, Viewer.of(person)).doetank();
		if (!AdopterRules.mayRecord(doetank, Viewer.of(person))) {
			throw new AccessDeniedException("only a Doetank in verbreden or finished is taken up");
		}
		return doetank;
	}

	/** The Doetank at this address, for a page about one of its adopters. */
	@Transactional(readOnly = true)
	public DoetankRef visible(String slug, Viewer viewer) {
		return this.doetanks.visible(slug, viewer).doetank();
	}

	/** The adopter {@code person} recorded, to correct; a 404 for another Doetank's. */
	@Transactional(readOnly = true)
	public Adopter toChange(String slug, Long id, MemberPrincipal person) {
		Adopter adopter = find(this.doetanks.visible(slug, Viewer.of(person)).doetank(), id);
		if (!AdopterRules.mayChange(adopter.getRecordedById(), Viewer.of(person))) {
			throw new AccessDeniedException("only the one who recorded it corrects an adopter");
		}
		return adopter;
	}

	/** The adopter a trekker or a beheerder is about to remove. */
	@Transactional(readOnly = true)
	public Adopter toRemove(String slug, Long id, MemberPrincipal person) {
		Doetanks.Visible visible = this.doetanks.visible(slug, Viewer.of(person));
		requireRemover(visible, person);
		return find(visible.doetank(), id);
	}

	/**
	 * What is wrong with this entry, field → message key: the rules of
	 * {@link AdopterRules}, and (when correcting {@code editedId}) an organisation the
	 * Doetank lists already.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> problemsWith(DoetankRef doetank, AdopterEntry entry, Long editedId) {
		Map<String, String> problems = AdopterRules.problemsWith(entry, LocalDate.now(this.clock));
		if (editedId != null && entry.organisation() != null && !entry.organisation().isBlank()
				&& twin(doetank, entry).filter((other) -> !other.getId().equals(editedId)).isPresent()) {
			problems.put("organisation", "adopter.rule.duplicate");
		}
		return problems;
	}

	/**
	 * Records an adopter and tells the trekkers. The same organisation sent again (a
	 * double click, a second tab) gives the adopter that is already there, without a
	 * second mail.
	 */
	@Transactional
	public Long record(String slug, AdopterEntry entry, MemberPrincipal person) {
		DoetankRef doetank = toRecord(slug, person);
		requireNoProblems(doetank, entry, null);
		Optional<Adopter> twin = twin(doetank, entry);
		if (twin.isPresent()) {
			return twin.get().getId();
		}
		Adopter adopter = this.adopters.saveAndFlush(new Adopter(doetank, entry, person.id(), this.clock.instant()));
		this.progress.adoptersChanged(doetank.id(), 1);
		this.mail.recorded(doetank, this.doetanks.team(doetank.id()), adopter, person);
		return adopter.getId();
	}

	@Transactional
	public void change(String slug, Long id, AdopterEntry entry, MemberPrincipal person) {
		Adopter adopter = toChange(slug, id, person);
		requireNoProblems(this.doetanks.find(adopter.getDoetankId()).orElseThrow(), entry, id);
		adopter.change(entry, this.clock.instant());
	}

	/**
	 * Removes a wrong adopter; one that is gone already (the confirmation sent twice) is
	 * no error. Returns whether this call removed it.
	 */
	@Transactional
	public boolean remove(String slug, Long id, MemberPrincipal person) {
		Doetanks.Visible visible = this.doetanks.visible(slug, Viewer.of(person));
		requireRemover(visible, person);
		Optional<Adopter> adopter = this.adopters.findById(id);
		if (adopter.isEmpty()) {
			return false;
		}
		if (!adopter.get().belongsTo(visible.doetank())) {
			throw new NotFoundException("adopter " + id);
		}
		if (this.adopters.deleteWithId(id) == 0) {
			return false;
		}
		this.progress.adoptersChanged(visible.doetank().id(), -1);
		this.steppingIn.recordIfSteppedIn(visible.doetank().id(), visible.team(), person, "ADOPTER_REMOVED");
		return true;
	}

	/**
	 * The Doetank page's "Overgenomen door". Nothing to look up before VERBREDEN; after
	 * it one statement, and one more for the contacts who are members.
	 */
	@Transactional(readOnly = true)
	public AdopterListing listing(DoetankRef doetank, TeamRoles team, Viewer viewer) {
		if (!AdopterRules.mayHaveAdopters(doetank)) {
			return AdopterListing.NONE;
		}
		List<Adopter> found = this.adopters.findForDoetank(doetank.id());
		Set<Long> contactIds = found.stream()
			.map(Adopter::getContactMemberId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, MemberRef> contacts = this.members.byIds(contactIds);
		List<AdopterView> views = found.stream()
			.map((adopter) -> new AdopterView(adopter.getId(), adopter.getOrganisation(), adopter.getTakenUp(),
					adopter.getSince(), adopter.getContactName(),
					(adopter.getContactMemberId() != null) ? contacts.get(adopter.getContactMemberId()) : null,
					AdopterRules.mayChange(adopter.getRecordedById(), viewer)))
			.toList();
		return new AdopterListing(views, AdopterRules.isAdoptable(doetank), doetank.status() == DoetankStatus.AFGEROND,
				AdopterRules.mayRemove(team, viewer));
	}

	private Adopter find(DoetankRef doetank, Long id) {
		return this.adopters.findById(id)
			.filter((adopter) -> adopter.belongsTo(doetank))
			.orElseThrow(() -> new NotFoundException("adopter " + id));
	}

	private Optional<Adopter> twin(DoetankRef doetank, AdopterEntry entry) {
		return this.adopters.findTwin(doetank.id(), entry.organisation().strip());
	}

	private static void requireRemover(Doetanks.Visible visible, MemberPrincipal person) {
		if (!AdopterRules.mayRemove(visible.team(), Viewer.of(person))) {
			throw new AccessDeniedException("a trekker or a beheerder removes an adopter");
		}
	}

	private void requireNoProblems(DoetankRef doetank, AdopterEntry entry, Long editedId) {
		problemsWith(doetank, entry, editedId).values().stream().findFirst().ifPresent((key) -> {
			throw new RuleViolationException(key);
		});
	}

}
