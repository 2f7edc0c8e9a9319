package nl.clubhuis.partners.domain;

import java.time.Clock;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** /over, the page about the network: everyone reads it, the redactie keeps it. */
@Service
public class AboutService {

	private final AboutPageRepository pages;

	private final PartnerAccess access;

	private final Clock clock;

	AboutService(AboutPageRepository pages, PartnerAccess access, Clock clock) {
		this.pages = pages;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public AboutPage page() {
		return this.pages.findById(AboutPage.THE_ONE).orElseThrow();
	}

	@Transactional(readOnly = true)
	public AboutPage forEditing(MemberPrincipal redacteur) {
		this.access.requireEditor(Viewer.of(redacteur));
		return page();
	}

	/**
	 * Saves the redactie's text; {@code version} is the one the editor started from, so a
	 * save over someone else's newer text is refused.
	 */
	@Transactional
	public void change(long version, String bodyNl, String bodyEn, MemberPrincipal redacteur) {
		this.access.requireEditor(Viewer.of(redacteur));
		AboutPage page = page();
		if (page.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(AboutPage.class, AboutPage.THE_ONE);
		}
		page.change(bodyNl, bodyEn, this.clock.instant());
	}

}
