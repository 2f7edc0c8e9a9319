package nl.clubhuis.doetank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.shared.Texts;

/**
 * A coach's judgement at intake, along the method's questions: relevantie (publieke
 * waarde, professionele ruimte, the same or better service with the same or fewer means)
 * and kans van slagen (a beneficiary who wants to implement it, an initiator with time
 * and room), each voldoende or onvoldoende with a line; whether there is a
 * probleemeigenaar or a casus; and whether it begins at a problem or is an idea seeking
 * one.
 * <p>
 * The rule of the decision lives here: both decisions need every question answered (and a
 * line with each judgement); accepting needs relevantie and kans van slagen voldoende; a
 * decline must name at least one {@link IntakeGap}.
 */
public record IntakeJudgement(Sufficiency relevance, String relevanceNote, Sufficiency chance, String chanceNote,
		Boolean problemOwner, IntakeOrigin origin) {

	/** The field a problem that belongs to no single question is reported on. */
	public static final String GAPS = "gaps";

	public static final IntakeJudgement NONE = new IntakeJudgement(null, null, null, null, null, null);

	public IntakeJudgement {
		relevanceNote = Texts.stripToNull(relevanceNote);
		chanceNote = Texts.stripToNull(chanceNote);
	}

	/**
	 * What this judgement finds missing or insufficient, in the order of the questions.
	 */
	public List<IntakeGap> gaps() {
		List<IntakeGap> gaps = new ArrayList<>();
		if (this.relevance == Sufficiency.ONVOLDOENDE) {
			gaps.add(IntakeGap.RELEVANTIE);
		}
		if (this.chance == Sufficiency.ONVOLDOENDE) {
			gaps.add(IntakeGap.KANS_VAN_SLAGEN);
		}
		if (Boolean.FALSE.equals(this.problemOwner)) {
			gaps.add(IntakeGap.PROBLEEMEIGENAAR);
		}
		if (this.origin == IntakeOrigin.IDEE) {
			gaps.add(IntakeGap.OPLOSSING_ZOEKT_PROBLEEM);
		}
		return gaps;
	}

	/** Whether the coach judged anything at all (history and older intakes did not). */
	public boolean isRecorded() {
		return this.relevance != null || this.chance != null || this.problemOwner != null || this.origin != null;
	}

	/**
	 * Why a coach may not accept with this judgement: per form field the message key of
	 * the problem; empty when accepting is allowed.
	 */
	public Map<String, String> problemsForAccept() {
		Map<String, String> problems = incomplete();
		if (this.relevance == Sufficiency.ONVOLDOENDE) {
			problems.put("relevance", "intake.rule.acceptNeedsVoldoende");
		}
		if (this.chance == Sufficiency.ONVOLDOENDE) {
			problems.put("chance", "intake.rule.acceptNeedsVoldoende");
		}
		return problems;
	}

	/**
	 * Why a coach may not decline with this judgement: per form field the message key of
	 * the problem ({@link #GAPS} when it names nothing missing or insufficient); empty
	 * when declining is allowed.
	 */
	public Map<String, String> problemsForDecline() {
		Map<String, String> problems = incomplete();
		if (problems.isEmpty() && gaps().isEmpty()) {
			problems.put(GAPS, "intake.rule.declineNamesAGap");
		}
		return problems;
	}

	private Map<String, String> incomplete() {
		Map<String, String> problems = new LinkedHashMap<>();
		judged(problems, "relevance", this.relevance, "relevanceNote", this.relevanceNote);
		judged(problems, "chance", this.chance, "chanceNote", this.chanceNote);
		if (this.problemOwner == null) {
			problems.put("problemOwner", "intake.rule.answer");
		}
		if (this.origin == null) {
			problems.put("origin", "intake.rule.answer");
		}
		return problems;
	}

	private static void judged(Map<String, String> problems, String field, Sufficiency judgement, String noteField,
			String note) {
		if (judgement == null) {
			problems.put(field, "intake.rule.judge");
		}
		if (note == null) {
			problems.put(noteField, "intake.rule.line");
		}
	}

}
