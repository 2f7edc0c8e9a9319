package nl.clubhuis.route;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.domain.DoorMail;
import nl.clubhuis.route.domain.DoorPage;
import nl.clubhuis.route.domain.DoorPreparation;
import nl.clubhuis.route.domain.DoorRequest;
import nl.clubhuis.route.domain.DoorRequestRepository;
import nl.clubhuis.route.domain.DoorRules;
import nl.clubhuis.route.domain.DoorView;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supporters who open doors (the method's escalation): a team member asks a supporter of
 * the team, or the supportcomité, to open a door; the supporter answers; the asker may
 * withdraw. Who may do what is decided here, once per use case, by {@link DoorRules}.
 */
@Service
public class DoorService {

	static final List<DoorState> OPEN = List.of(DoorState.OPEN, DoorState.BEZIG);

	private final Doetanks doetanks;

	private final DoorRequestRepository requests;

	private final MemberDirectory members;

	private final DoorMail mail;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DoorService(Doetanks doetanks, DoorRequestRepository requests, MemberDirectory members, DoorMail mail, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.doetanks = doetanks;
		this.requests = requests;
		this.members = members;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * The Doetank whose supporters {@code person} may ask, with the team's supporters; a
	 * 404 for who may not see it, a 403 for who is not in its team.
	 */
	@Transactional(readOnly = true)
	public DoorPreparation prepare(String slug, MemberPrincipal person) {
		Doetanks.Visible visible = this.doetanks.forAction(slug, Viewer.of(person));
		if (!DoorRules.mayAsk(visible.doetank(), visible.team(), Viewer.of(person))) {
			throw new AccessDeniedException("only the team of an active Doetank asks its supporters");
		}
		Map<Long, MemberRef> names = this.members.byIds(DoorRules.supportersOf(visible.team(), person.id()));
		List<MemberRef> supporters = DoorRules.supportersOf(visible.team(), person.id())
			.stream()
			.filter(names::containsKey)
			.map(names::get)
			.toList();
		return new DoorPreparation(visible.doetank(), visible.team(), supporters, LocalDate.now(this.clock));
	}

	/**
	 * Asks for an open door; who is asked hears it as a notification (and by mail as they
	 * chose). The same request sent again while it is open (a double click, a second tab)
	 * gives the one that is already there.
	 */
	@Transactional
	public Long ask(String slug, DoorEntry entry, MemberPrincipal person) {
		DoorPreparation preparation = prepare(slug, person);
		preparation.problemsWith(entry).values().stream().findFirst().ifPresent((key) -> {
			throw new RuleViolationException(key);
		});
		Optional<DoorRequest> twin = this.requests.findOpenTwin(preparation.doetank().id(), person.id(),
				entry.supporterId(), entry.toWhom().strip(), OPEN);
		if (twin.isPresent()) {
			return twin.get().getId();
		}
		DoorRequest request = this.requests
			.saveAndFlush(new DoorRequest(preparation.doetank().id(), entry, person.id(), this.clock.instant()));
		Set<Long> asked = (request.getSupporterId() != null) ? Set.of(request.getSupporterId())
				: Set.copyOf(this.members.beheerderIds());
		this.events.publishEvent(
				new DoorRequested(preparation.doetank(), request.getId(), request.getToWhom(), request.getReason(),
						request.getWantedBy(), request.isForCommittee(), asked, person.id(), this.clock.instant()));
		return request.getId();
	}

	/**
	 * One request with what the viewer may do: a 404 for an id of another Doetank, a 403
	 * for who neither follows the Doetank's requests nor is asked.
	 */
	@Transactional(readOnly = true)
	public DoorPage page(String slug, Long id, Viewer viewer) {
		Doetanks.Visible visible = this.doetanks.visible(slug, viewer);
		DoorRequest request = find(visible.doetank(), id, this.requests.findById(id));
		if (!DoorRules.maySee(visible.team(), request.getSupporterId(), viewer)) {
			throw new AccessDeniedException("not for this viewer");
		}
		DoorView door = DoorView.of(request);
		return new DoorPage(visible.doetank(), door, this.members.byIds(peopleIn(List.of(door))),
				DoorRules.mayAnswer(request.getSupporterId(), viewer) && door.state().isOpen(),
				DoorRules.mayWithdraw(request.getAskedById(), viewer) && door.state().isOpen());
	}

	/**
	 * The supporter answers (for the supportcomité: a beheerder). Returns false when the
	 * request was closed already: an answer sent twice is recorded once. Mails the asker.
	 */
	@Transactional
	public boolean answer(String slug, Long id, DoorAnswer answer, MemberPrincipal person) {
		Doetanks.Visible visible = this.doetanks.visible(slug, Viewer.of(person));
		DoorRequest request = find(visible.doetank(), id, this.requests.lock(id));
		if (!DoorRules.mayAnswer(request.getSupporterId(), Viewer.of(person))) {
			throw new AccessDeniedException("only the supporter asked answers");
		}
		DoorRules.problemsWith(answer).values().stream().findFirst().ifPresent((key) -> {
			throw new RuleViolationException(key);
		});
		boolean answered = request.answer(answer, person.id(), this.clock.instant());
		if (answered) {
			this.mail.answered(visible.doetank(), request);
		}
		return answered;
	}

	/** The asker takes an open request back; false when it was closed already. */
	@Transactional
	public boolean withdraw(String slug, Long id, MemberPrincipal person) {
		Doetanks.Visible visible = this.doetanks.visible(slug, Viewer.of(person));
		DoorRequest request = find(visible.doetank(), id, this.requests.lock(id));
		if (!DoorRules.mayWithdraw(request.getAskedById(), Viewer.of(person))) {
			throw new AccessDeniedException("only who asked withdraws");
		}
		return request.withdraw(this.clock.instant());
	}

	/**
	 * A Doetank's requests, newest first, for who may follow them; nothing (and no query)
	 * for anyone else. One query.
	 */
	@Transactional(readOnly = true)
	public List<DoorView> of(DoetankRef doetank, TeamRoles team, Viewer viewer) {
		if (!DoorRules.mayFollow(team, viewer)) {
			return List.of();
		}
		return this.requests.findForDoetank(doetank.id()).stream().map(DoorView::of).toList();
	}

	/** The open requests waiting for this member's answer, the longest waiting first. */
	@Transactional(readOnly = true)
	public List<DoorRequest> waitingFor(Viewer viewer) {
		return this.requests.findOpenFor(viewer.member().id(), viewer.isBeheerder(), OPEN);
	}

	/** Everyone a list of requests names: askers, supporters, who answered. */
	public static List<Long> peopleIn(Collection<DoorView> doors) {
		List<Long> ids = new ArrayList<>();
		for (DoorView door : doors) {
			ids.add(door.askedById());
			if (door.supporterId() != null) {
				ids.add(door.supporterId());
			}
			if (door.answeredById() != null) {
				ids.add(door.answeredById());
			}
		}
		return ids;
	}

	private static DoorRequest find(DoetankRef doetank, Long id, Optional<DoorRequest> found) {
		return found.filter((request) -> request.belongsTo(doetank.id()))
			.orElseThrow(() -> new NotFoundException("door request " + id));
	}

}
