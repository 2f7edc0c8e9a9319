package nl.clubhuis.doetank;

import nl.clubhuis.audit.AuditFact;
import nl.clubhuis.audit.AuditLog;
import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankRepository;
import nl.clubhuis.doetank.domain.Revisions;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A beheerder takes a text out of a Doetank's public history (/geschiedenis) when it does
 * not belong there: a name, a citizen service number, something hurtful that was later
 * taken out of the description. The history stays append-only otherwise: who changed
 * which field when is kept, the text itself shows as removed. Logged in the logboek.
 */
@Service
public class HistoryTextRemoval {

	private final DoetankRepository doetanks;

	private final Revisions revisions;

	private final AuditLog audit;

	HistoryTextRemoval(DoetankRepository doetanks, Revisions revisions, AuditLog audit) {
		this.doetanks = doetanks;
		this.revisions = revisions;
		this.audit = audit;
	}

	/** The text to take out, as its confirmation page shows it. */
	@Transactional(readOnly = true)
	public HistoryText find(String slug, long revisionId, String field, boolean old, MemberPrincipal beheerder) {
		requireBeheerder(beheerder);
		Doetank doetank = this.doetanks.findWithTeamBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		String text = this.revisions.text(doetank.getId(), revisionId, field, old)
			.orElseThrow(() -> new NotFoundException("revision " + revisionId + " " + field));
		return new HistoryText(doetank.ref(), revisionId, field, old, text,
				text.equals(doetank.described().get(field)));
	}

	/**
	 * Takes the text out of every revision of the Doetank where it is that field's value;
	 * sent twice, the second finds nothing and changes nothing. Refused while the
	 * description still says it: change that first, or the next save writes it back.
	 */
	@Transactional
	public DoetankRef remove(String slug, long revisionId, String field, boolean old, MemberPrincipal beheerder) {
		requireBeheerder(beheerder);
		Doetank doetank = this.doetanks.findWithTeamBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (this.revisions.remove(doetank.getId(), revisionId, field, old, doetank.described().get(field)) > 0) {
			this.audit.record(AuditFact.steppedIn(beheerder.id(), doetank.getId(), "HISTORY_TEXT_REMOVED"));
		}
		return doetank.ref();
	}

	private static void requireBeheerder(MemberPrincipal person) {
		if (person == null || !person.isBeheerder()) {
			throw new AccessDeniedException("only a beheerder takes texts out of a history");
		}
	}

	/**
	 * A text in the history: which revision, field and side, and whether the Doetank's
	 * description still says it (then its page needs a change too).
	 */
	public record HistoryText(DoetankRef doetank, long revisionId, String field, boolean old, String text,
			boolean stillInDescription) {

		/** The message key of the field's name. */
		public String fieldKey() {
			return "revision.field." + this.field;
		}

	}

}
