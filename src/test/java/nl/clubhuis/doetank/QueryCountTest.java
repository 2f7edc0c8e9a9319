package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;

import nl.clubhuis.route.GateReviewService;
import nl.clubhuis.route.MilestoneEntry;
import nl.clubhuis.route.MilestoneService;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.follow.Follows;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostContent;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.PostService;
import nl.clubhuis.publishing.Publication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Doetank pages issue the same number of SQL statements whether the network has 10 or
 * 500 Doetanks, and whatever the size of a team: no query per row.
 */
@IntegrationTest
class QueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService service;

	@Autowired
	DoetankEditService editing;

	@Autowired
	GateReviewService reviews;

	@Autowired
	PostService posts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statementCounter;

	@Autowired
	Follows follows;

	@Autowired
	MilestoneService milestones;

	@Test
	void listDetailAndHomePagesUseAFixedNumberOfQueries() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		MemberPrincipal coach = this.people.coach("Cor Coach");
		String measured = this.doetanks.active(trekker, coach);
		insertPublicDoetanks(10);
		// One overleg, one beschouwing and one blog post already, so the names on the
		// page
		// are looked up with few Doetanks too.
		this.reviews.record(measured, this.doetanks.review(measured, GateDecision.Kind.BLIJVEN), coach);
		write(PostKind.BESCHOUWING, measured, "Het team begint", coach);
		write(PostKind.DOETANKBLOG, measured, "Onze eerste week", trekker);
		write(PostKind.NIEUWS, null, "Het eerste nieuws", this.people.redacteur("Nina Nieuws"));
		write(PostKind.CAFEBLOG, null, "Het eerste Café", this.people.redacteur("Carl Café"));
		milestone(measured, "Opdracht getekend", trekker);
		voices(measured, 0, 1);

		edit(measured, trekker, "Eerste versie van wat we zoeken.");
		// The team looks for expertise that some members have, so its trekker sees them.
		TestExpertise expertise = new TestExpertise(this.jdbc);
		expertise.doetankLooksFor(measured, "facilitatie", "ketensamenwerking");
		expertise.memberKnows(this.people.member("Fien Facilitator").id(), "facilitatie");

		// The trekker follows a Doetank, so the home page shows "Wat jij volgt" with
		// their
		// notifications (more of them once the route below moves).
		this.follows.followAutomatically(trekker.id(), FollowTarget
			.doetank(this.jdbc.queryForObject("SELECT id FROM doetank WHERE slug = ?", Long.class, measured)));
		List<Long> small = measure(trekker, measured);
		long teamPageSmall = statementsFor(get("/doetanks/" + measured + "/team").with(user(trekker)));

		insertPublicDoetanks(490);
		for (int i = 0; i < 8; i++) {
			expertise.memberKnows(this.people.member("Kenner " + i).id(), "facilitatie", "ketensamenwerking");
		}
		for (int i = 0; i < 8; i++) {
			MemberPrincipal requester = this.people.member("Aanvrager " + i);
			this.service.requestToJoin(measured, "Ik doe graag mee.", requester);
			if (i % 2 == 0) {
				this.service.approveRequest(measured, this.doetanks.pendingRequestId(measured, requester), trekker);
			}
		}

		for (GateDecision.Kind decision : List.of(GateDecision.Kind.DOOR, GateDecision.Kind.BLIJVEN,
				GateDecision.Kind.DOOR)) {
			this.reviews.record(measured, this.doetanks.review(measured, decision), coach);
		}
		this.reviews.requestReview(measured, "Klaar voor de volgende stap?", trekker);
		for (int i = 0; i < 12; i++) {
			write(PostKind.BESCHOUWING, measured, "Het team groeit " + i, coach);
			write(PostKind.DOETANKBLOG, measured, "Wat we deze week leerden " + i, trekker);
			write(PostKind.NIEUWS, null, "Nieuws " + i, this.people.redacteur("Roos Redacteur"));
			milestone(measured, "Mijlpaal " + i, trekker);
		}

		voices(measured, 1, 12);
		for (int i = 0; i < 12; i++) {
			edit(measured, (i % 2 == 0) ? trekker : coach, "Versie " + i + " van wat we zoeken.");
		}

		long figuresWithFew = statementsFor(get("/cijfers"));
		List<Long> large = measure(trekker, measured);
		assertThat(statementsFor(get("/doetanks/" + measured + "/team").with(user(trekker))))
			.as("the team page: the Doetank with its team and the expertise it looks for, the names, the guests,"
					+ " the member's unread notifications; whatever the team's size")
			.isEqualTo(teamPageSmall)
			.isLessThanOrEqualTo(7);

		// Every statement counts, Hibernate's and the plain ones (names, notifications,
		// figures), with the page cache off as in all tests, so every list is read.
		// list: the page and its count (Spring Data skips the count when one page holds
		// everything).
		// detail (as trekker): the Doetank with its team, its route (transitions,
		// reviews, answers, milestones and their posts), the names in the team and the
		// route, its posts and meetings, guests, the expertise it looks for and the
		// members who have it, the latest changes of its history, its requests to open
		// doors, what opdrachtgevers said and the eindgebruikers' consents, the
		// werkvormen
		// it used; measured 34 with a short route, 33 with a long one (a lookup with
		// nothing to look up is skipped); +1 when the matching members need their job
		// titles (it depends on who else other tests left).
		// home: looking-for-members, the counts, the latest news, Café blog and Doetank
		// blogs, the next events, the latest milestones, "Wat er beweegt" (phase steps,
		// milestones, Doetank posts, questions, each with their Doetanks or authors),
		// "Jouw Doetanks" (their ids, then the cards) and "Wat jij volgt"; measured 28,
		// +2 with events that other tests left (their places and podium).
		// Every page for a member also reads their unread notifications.
		List<Long> ceiling = List.of(2L, 2L, 35L, 30L, 2L);
		// At most the ceiling: whether the trekker's matching members need their job
		// titles depends on who else other tests left in the database.
		for (int page : List.of(0, 1, 2, 4)) {
			assertThat(large.get(page))
				.as("lists, detail and lessons with 500 Doetanks and a bigger team, page %d", page)
				.isLessThanOrEqualTo(ceiling.get(page));
		}
		// Never more with a longer route and a bigger team (a lookup with nothing to look
		// up is skipped, so it may be one less).
		assertThat(large.get(2)).as("the detail page whatever the length of the route")
			.isBetween(small.get(2) - 1, small.get(2));
		assertThat(large.get(3)).as("the home page with 10 or 500 Doetanks")
			.isEqualTo(small.get(3))
			.isLessThanOrEqualTo(ceiling.get(3));
		for (int page = 0; page < ceiling.size(); page++) {
			assertThat(small.get(page)).as("statements with 10 Doetanks, page %d", page)
				.isLessThanOrEqualTo(ceiling.get(page));
		}
		assertThat(statementsFor(get("/cijfers")))
			.as("/cijfers: four aggregates, with 10 or 500 Doetanks; what opdrachtgevers said per year, the latest"
					+ " testimonials, their Doetanks and their writers; the years with a yearly report")
			.isEqualTo(figuresWithFew)
			.isEqualTo(9);
	}

	/**
	 * Statements for: the list, a filtered list, the detail page (as trekker), the home
	 * page.
	 */
	private List<Long> measure(MemberPrincipal viewer, String slug) throws Exception {
		List<Long> counts = new ArrayList<>();
		counts.add(statementsFor(get("/doetanks")));
		counts.add(statementsFor(get("/doetanks").param("status", "ACTIEF").param("thema", "WERK_EN_ORGANISATIE")));
		counts.add(statementsFor(get("/doetanks/" + slug).with(user(viewer))));
		counts.add(statementsFor(get("/").with(user(viewer))));
		counts.add(statementsFor(get("/doetanks/lessen").param("fase", "EXPERIMENTEREN")));
		return counts;
	}

	/**
	 * A save of the edit form: another note, and a different piece of expertise each
	 * time, so the history names people and terms.
	 */
	private void edit(String slug, MemberPrincipal editor, String note) {
		Doetank doetank = this.doetanks.load(slug, editor);
		List<Long> terms = this.jdbc.queryForList("SELECT id FROM expertise ORDER BY id", Long.class);
		java.util.Set<Long> chosen = java.util.Set.of(terms.get(note.length() % terms.size()),
				terms.get((note.length() + 1) % terms.size()));
		this.editing.edit(slug,
				new DoetankEdit(doetank.getTitle(), doetank.getVraagstuk(), doetank.getAmbition(), doetank.getTheme(),
						doetank.getOrganisations(), doetank.getStartDate(), doetank.getLookingFor(), chosen, note,
						java.util.Set.of(), null, doetank.getVersion()),
				editor);
	}

	private void write(PostKind kind, String doetank, String title, MemberPrincipal writer) {
		this.posts.write(kind, doetank,
				new PostContent(title, null, "Tekst bij " + title, List.of("groei"), null, Phase.INITIEREN), null,
				Publication.at(java.time.Instant.now().minusSeconds(60)), writer);
	}

	/** A milestone today that points at the Doetank's latest blog post. */
	private void milestone(String slug, String title, MemberPrincipal trekker) {
		Long postId = this.jdbc.queryForObject("""
				SELECT p.id FROM post p JOIN doetank d ON d.id = p.doetank_id
				WHERE d.slug = ? AND p.kind = 'DOETANKBLOG' ORDER BY p.id DESC LIMIT 1""", Long.class, slug);
		this.milestones.add(slug, new MilestoneEntry(TestDoetanks.today(), title, "Wat er gebeurde.", postId), trekker);
	}

	/**
	 * Testimonials of opdrachtgevers and consents of eindgebruikers, numbered
	 * {@code from} on, written straight into their tables (their own pages need a later
	 * phase).
	 */
	private void voices(String slug, int from, int howMany) {
		Long doetankId = this.jdbc.queryForObject("SELECT id FROM doetank WHERE slug = ?", Long.class, slug);
		for (int i = from; i < from + howMany; i++) {
			MemberPrincipal opdrachtgever = this.people.member("Opdrachtgever " + i);
			MemberPrincipal eindgebruiker = this.people.member("Eindgebruiker " + i);
			this.jdbc.update("""
					INSERT INTO opdrachtgever_testimonial (doetank_id, author_id, quote, outcome, evaluation,
					                                       written_at, updated_at)
					VALUES (?, ?, 'Dit werkt voor ons.', 'INGEVOERD', 'We voeren het in.', now(), now())""", doetankId,
					opdrachtgever.id());
			this.jdbc.update("""
					INSERT INTO eindgebruiker_consent (doetank_id, member_id, experiment, given_on, recorded_by_id,
					                                   recorded_at)
					VALUES (?, ?, 'Proef met één formulier', current_date, ?, now())""", doetankId, eindgebruiker.id(),
					eindgebruiker.id());
		}
	}

	/**
	 * Every statement the request sends: Hibernate's and the plain ones (the member's
	 * unread notifications, names, kept lists when the page cache is on).
	 */
	private long statementsFor(MockHttpServletRequestBuilder request) throws Exception {
		this.statementCounter.reset();
		this.mvc.perform(request).andExpect(status().isOk());
		return this.statementCounter.count();
	}

	private void insertPublicDoetanks(int howMany) {
		List<Object[]> rows = new ArrayList<>();
		String[] statuses = { "ACTIEF", "AFGEROND", "GESTOPT" };
		for (int i = 0; i < howMany; i++) {
			String status = statuses[i % 3];
			rows.add(new Object[] { "bulk-" + UUID.randomUUID(), "Bulk Doetank " + i,
					"Een vraagstuk om mee te tellen. Met een tweede zin.", "WERK_EN_ORGANISATIE", "EXPERIMENTEREN",
					status, "GESTOPT".equals(status) ? "Geen opdrachtgever" : null,
					"GESTOPT".equals(status) ? "Eerder een opdrachtgever zoeken" : null });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO doetank (slug, title, vraagstuk, theme, phase, status, stop_reason, lessons, looking_for)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{LEDEN}')""", rows);
	}

}
