package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.DoetankCard;
import nl.clubhuis.doetank.Phase;

import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the Doetanks: what the pages list and show. Each method is a fixed, small
 * number of queries.
 */
@Service
@Transactional(readOnly = true)
public class DoetankCatalog {

	public static final int PAGE_SIZE = 12;

	// Status names sort as ACTIEF, AFGEROND, GESTOPT: active Doetanks come first, as
	// visitors expect.
	private static final Sort BROWSE_ORDER = Sort.by("status", "title");

	private final DoetankRepository doetanks;

	private final DoetankAccess access;

	private final nl.clubhuis.member.MemberDirectory members;

	DoetankCatalog(DoetankRepository doetanks, DoetankAccess access, nl.clubhuis.member.MemberDirectory members) {
		this.members = members;
		this.doetanks = doetanks;
		this.access = access;
	}

	/** Public Doetanks as cards, a page at a time. */
	public Page<DoetankCard> browse(DoetankFilter filter, int page) {
		return this.doetanks
			.findAll(filter.toSpecification(), PageRequest.of(Math.max(page, 0), PAGE_SIZE, BROWSE_ORDER))
			.map(Doetank::card);
	}

	/**
	 * Stopped Doetanks, most recently stopped first; optionally only those that stopped
	 * in one phase or mention some words.
	 */
	public Page<Doetank> lessons(Phase stoppedIn, String words, int page) {
		return this.doetanks.findAll(DoetankFilter.stopped(stoppedIn, words), PageRequest.of(Math.max(page, 0),
				PAGE_SIZE, Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("title"))));
	}

	/** The Doetank with its team, or a 404 for anyone who may not know it exists. */
	public Doetank show(String slug, Viewer viewer) {
		Doetank doetank = this.doetanks.findWithTeamBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!this.access.canView(doetank, viewer)) {
			throw new NotFoundException(slug);
		}
		// The page shows the expertise the team looks for: load it while the session is
		// open (one statement).
		org.hibernate.Hibernate.initialize(doetank.expertise());
		return doetank;
	}

	/**
	 * A Doetank for its intake page: a 404 for anyone who may not know it exists, a 403
	 * for anyone but a network coach or a beheerder. Its status is the caller's to check
	 * (a proposal decided meanwhile).
	 */
	public Doetank forIntake(String slug, Viewer viewer) {
		Doetank doetank = this.doetanks.findWithTeamBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!this.access.canView(doetank, viewer)) {
			throw new NotFoundException(slug);
		}
		if (!viewer.isCoach() && !viewer.isBeheerder()) {
			throw new org.springframework.security.access.AccessDeniedException("only a coach takes in a vraagstuk");
		}
		return doetank;
	}

	public Page<ProposalSummary> proposalsAwaitingIntake(int page) {
		Page<ProposalSummary> proposals = this.doetanks.findProposals(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		java.util.Map<Long, nl.clubhuis.member.MemberRef> authors = this.members
			.byIds(proposals.map(ProposalSummary::authorId).getContent());
		return proposals.map((proposal) -> proposal.by(authors.get(proposal.authorId())));
	}

}
