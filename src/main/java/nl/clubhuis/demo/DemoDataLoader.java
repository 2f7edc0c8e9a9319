package nl.clubhuis.demo;

import nl.clubhuis.route.AdoptionTerms;
import nl.clubhuis.route.BusinessCaseEntry;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.clubhuis.demo.DemoPeople.Person;
import nl.clubhuis.route.domain.BusinessCaseLine;
import nl.clubhuis.doetank.DoetankDetails;
import nl.clubhuis.doetank.DoetankHistory;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.route.GateReviewService;
import nl.clubhuis.doetank.HistoricalDoetank;
import nl.clubhuis.doetank.HistoricalDoetank.TeamMember;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.route.RouteRecords;
import nl.clubhuis.doetank.Theme;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.member.NewMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;

/**
 * With the {@code demo} profile: the network's real Doetanks with invented teams (their
 * story ends in 2015), two invented Doetanks of today ({@link DemoLiveDoetanks}) where
 * the live work waits, plus one account per role. Running it twice adds nothing. It runs
 * before the warm-up ({@code shared/WarmUpBeforeTraffic}), which then draws pages with
 * the demo data in them.
 */
@Order(0)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	static final String KENNISBEHOUD = "kennisbehoud-publieke-sector";

	static final String AMSTERDAM = "jonge-ambtenaren-amsterdam";

	static final String SLIM_INNEN = "slim-en-verantwoord-innen";

	private final MemberService members;

	private final DoetankHistory history;

	private final DoetankService doetanks;

	private final GateReviewService reviews;

	private final RouteRecords records;

	private final JsonMapper json;

	private final DemoPosts posts;

	private final DemoAgenda agenda;

	private final DemoToolkit toolkit;

	private final DemoTeams teams;

	private final DemoRevisions revisions;

	private final DemoProfiles profiles;

	private final DemoMilestones milestones;

	private final DemoDocuments documents;

	private final DemoAdopters adopters;

	private final DemoLiveDoetanks live;

	private final DemoQuestions questions;

	private final DemoFollows follows;

	DemoDataLoader(MemberService members, DoetankHistory history, DoetankService doetanks, GateReviewService reviews,
			RouteRecords records, DemoPosts posts, DemoAgenda agenda, DemoToolkit toolkit, DemoTeams teams,
			DemoRevisions revisions, DemoProfiles profiles, DemoMilestones milestones, DemoDocuments documents,
			DemoAdopters adopters, DemoLiveDoetanks live, DemoQuestions questions, DemoFollows follows) {
		this.follows = follows;
		this.adopters = adopters;
		this.live = live;
		this.questions = questions;
		this.teams = teams;
		this.revisions = revisions;
		this.profiles = profiles;
		this.milestones = milestones;
		this.toolkit = toolkit;
		this.documents = documents;
		this.posts = posts;
		this.agenda = agenda;
		this.members = members;
		this.history = history;
		this.doetanks = doetanks;
		this.reviews = reviews;
		this.records = records;
		this.json = JsonMapper.builder().build();
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		load();
	}

	void load() throws IOException {
		Map<String, MemberPrincipal> people = new LinkedHashMap<>();
		for (Person person : allPeople()) {
			people.put(person.email(), ensure(person));
		}
		Map<String, DutchTexts> texts = read("demo/doetanks-nl.json", new TypeReference<List<DutchTexts>>() {
		}).stream().collect(Collectors.toMap(DutchTexts::slug, Function.identity()));
		List<SeedDoetank> seed = read("demo/seed-doetanks.json", new TypeReference<List<SeedDoetank>>() {
		}).stream().filter(SeedDoetank::isDoetank).toList();

		List<String> added = new ArrayList<>();
		for (int i = 0; i < seed.size(); i++) {
			SeedDoetank entry = seed.get(i);
			DutchTexts dutch = texts.get(entry.slug());
			if (dutch == null) {
				throw new IllegalStateException("no Dutch texts for seed Doetank " + entry.slug());
			}
			if (this.history.record(toHistory(entry, dutch, DemoRoster.team(entry, dutch, i, people)))) {
				added.add(entry.slug());
			}
		}
		boolean fresh = this.live.load(people);
		this.follows.load(people, List.of(DemoLiveDoetanks.ACTIVE, seed.get(0).slug(), seed.get(1).slug()));
		addLiveExamples(people, fresh);
		int postsAdded = this.posts.load(principal(people.get(DemoPeople.REDACTEUR.email())));
		int eventsAdded = this.agenda.load(principal(people.get(DemoPeople.REDACTEUR.email())),
				principal(people.get(DemoPeople.TREKKER.email())),
				DemoPeople.MEMBERS.stream().map((person) -> principal(people.get(person.email()))).toList());
		int toolkitAdded = this.toolkit.load(principal(people.get(DemoPeople.REDACTEUR.email())));
		log.info("Demo data: {} profiles filled in", this.profiles.load(people));
		this.teams.load(people);
		this.revisions.load(DemoLiveDoetanks.ACTIVE, people.get(DemoPeople.TREKKER.email()),
				people.get(DemoPeople.COACH.email()));
		this.milestones.load();
		this.documents.load(principal(people.get(DemoPeople.TREKKER.email())));
		this.adopters.load();
		log.info("Demo data: {} questions added", this.questions.load());
		log.info(
				"Demo data: {} people, {} Doetanks in the seed, {} added now, {} posts, {} events and {} "
						+ "toolkit records added",
				people.size(), seed.size(), added.size(), postsAdded, eventsAdded, toolkitAdded);
	}

	private static List<Person> allPeople() {
		List<Person> all = new ArrayList<>(DemoPeople.ROLE_ACCOUNTS);
		DemoPeople.COACHES.stream().filter((p) -> !all.contains(p)).forEach(all::add);
		all.addAll(DemoPeople.MEMBERS);
		all.add(DemoPeople.NEWCOMER);
		all.add(DemoPeople.KADASTER);
		DemoPeople.AMSTERDAM.stream().filter((p) -> !all.contains(p)).forEach(all::add);
		all.add(DemoPeople.AMSTERDAM_COACH);
		return all;
	}

	private MemberPrincipal ensure(Person person) {
		MemberPrincipal member = this.members.findByEmail(person.email()).orElseGet(() -> {
			this.members.createVerified(
					new NewMember(person.name(), person.email(), person.organisation(), DemoPeople.PASSWORD));
			return this.members.findByEmail(person.email()).orElseThrow();
		});
		if (!member.hasRole(person.role())) {
			this.members.grant(member.id(), person.role());
			return this.members.findByEmail(person.email()).orElseThrow();
		}
		return member;
	}

	static HistoricalDoetank toHistory(SeedDoetank entry, DutchTexts dutch, List<TeamMember> team) {
		DoetankDetails details = new DoetankDetails(dutch.title(), dutch.vraagstuk(), dutch.ambition(), dutch.theme(),
				dutch.organisations(), dutch.lookingFor(), dutch.lookingForNote());
		Phase phase = SeedMapping.phase(entry.furthestPhase());
		return new HistoricalDoetank(entry.slug(), details, phase, SeedMapping.status(entry.status(), phase),
				dutch.startDate(), SeedMapping.typology(entry.typeCodes()), entry.urgency(), dutch.result(),
				dutch.stopReason(), dutch.lessons(), entry.hasFlag("diffusietank"), team, dutch.steps(),
				dutch.recordEndsOn());
	}

	/**
	 * Work waiting for the demo accounts: a proposal for intake, a join request and a
	 * request for a gatekeepers-overleg on the demo trekker's Doetank of today
	 * ({@link DemoLiveDoetanks#ACTIVE}), with its adoption agreement and business case.
	 */
	private void addLiveExamples(Map<String, MemberPrincipal> people, boolean liveIsNew) {
		MemberPrincipal noor = people.get("noor.hendriks@example.org");
		String proposalSlug = "minder-formulieren-bij-de-wmo-aanvraag";
		if (!this.history.exists(proposalSlug)) {
			this.doetanks.propose(new DoetankDetails("Minder formulieren bij de Wmo-aanvraag",
					"Inwoners die hulp vragen bij de Wmo vullen bij ons tot vier keer dezelfde gegevens in. "
							+ "Consulenten besteden daardoor meer tijd aan formulieren dan aan het keukentafelgesprek.",
					"Binnen een jaar één gesprek en één formulier, getest met tien inwoners en twee wijkteams.",
					Theme.ZORG_EN_WELZIJN, List.of("Gemeente Tilburg"),
					java.util.EnumSet.of(LookingFor.LEDEN, LookingFor.EINDGEBRUIKERS),
					"Consulenten, een informatiemanager en inwoners die de aanvraag zelf hebben doorlopen."),
					principal(noor));
		}
		MemberPrincipal ivo = people.get(DemoPeople.NEWCOMER.email());
		if (liveIsNew) {
			this.doetanks.requestToJoin(DemoLiveDoetanks.ACTIVE,
					"Bij Rijkswaterstaat innen we ook: schadevergoedingen en leges. Ik weet hoe zo'n invorderingsproces "
							+ "van binnen werkt en denk graag mee over het signaal naar het wijkteam.",
					principal(ivo));
			showTheRouteRecords(principal(people.get(DemoPeople.TREKKER.email())),
					principal(people.get(DemoPeople.COACH.email())));
		}
	}

	private void showTheRouteRecords(MemberPrincipal trekker, MemberPrincipal coach) {
		AdoptionTerms agreement = new AdoptionTerms("De gemeentesecretaris van Zwolle",
				"De teamleider schuldhulpverlening",
				"Twee dagdelen per week voor drie teamleden, een half jaar lang, en twee wijkteams die "
						+ "de signalen in hun werk opnemen.",
				"Het team kiest zelf welke signalen het test; wat gegevens van inwoners raakt, gaat eerst "
						+ "langs de functionaris gegevensbescherming.",
				"Elke zes weken een uur met de gemeentesecretaris; na drie maanden een "
						+ "tussenbalans met de wijkteams.");
		this.records.recordAdoptionAgreement(DemoLiveDoetanks.ACTIVE, agreement, trekker);
		this.records.addBusinessCaseLine(DemoLiveDoetanks.ACTIVE, line(BusinessCaseEntry.Side.KOSTEN,
				BusinessCaseEntry.Dimension.TIJD, "Uren van het team voor de proef", "6 uur per week"), trekker);
		this.records.addBusinessCaseLine(DemoLiveDoetanks.ACTIVE, line(BusinessCaseEntry.Side.BATEN,
				BusinessCaseEntry.Dimension.KWALITEIT, "Inwoners die hulp krijgen voordat boetes oplopen", null),
				coach);
		this.posts.beschouwing(DemoLiveDoetanks.ACTIVE, "Veel instemming, nog geen handtekening",
				"Iedereen aan tafel vindt het signaal nodig, maar niemand heeft nog getekend voor "
						+ "de gegevensdeling. Het team moet kiezen met welke schuldeiser het echt begint.",
				coach);
		this.reviews.requestReview(DemoLiveDoetanks.ACTIVE,
				"De afspraken met Zwolle staan op papier. Zijn we klaar om te experimenteren, of moet eerst de "
						+ "privacytoets rond zijn?",
				trekker);
	}

	private static BusinessCaseEntry line(BusinessCaseEntry.Side side, BusinessCaseEntry.Dimension dimension,
			String description, String amount) {
		return new BusinessCaseEntry(side, dimension, description, amount);
	}

	private static MemberPrincipal principal(MemberPrincipal member) {
		return member;
	}

	private <T> T read(String path, TypeReference<T> type) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return this.json.readValue(in, type);
		}
	}

}
