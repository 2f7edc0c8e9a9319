package nl.clubhuis.doetank;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.shared.Texts;

/**
 * What a gatekeepers-overleg decides, with what belongs to that choice. The one home of
 * the rule "which decision may be taken in which phase": the form shows its problems next
 * to the fields, the Doetank refuses a decision that has any.
 */
public sealed interface GateDecision {

	Kind kind();

	/**
	 * What the team agreed to do next; required when it stays, optional when it moves on.
	 */
	default String agreedActions() {
		return null;
	}

	/**
	 * What is wrong with taking this decision in {@code current}: form field → message
	 * key of the broken rule, in the order of the form. Empty when it may be taken.
	 */
	Map<String, String> problemsIn(Phase current);

	/** Refuses with the first broken rule. */
	default void requireAllowedIn(Phase current) {
		problemsIn(current).values().stream().findFirst().ifPresent((key) -> {
			throw new RuleViolationException(key);
		});
	}

	/** The five choices, in the order the form offers them. */
	enum Kind {

		/** On to the next phase. */
		DOOR,
		/** Stay in this phase, with agreed actions. */
		BLIJVEN,
		/** Back to an earlier phase, with a rewritten vraagstuk. */
		HERFORMULEREN,
		/** The Doetank stops; reason and lessons are recorded for the network. */
		STOPPEN,
		/** The route is complete (only from VERBREDEN). */
		AFRONDEN,
		/**
		 * The Doetank delivered its result and closes before verbreden, saying what the
		 * result was.
		 */
		AFSLUITEN

	}

	/**
	 * Builds the decision of {@code kind} from what a form holds; fields of other choices
	 * are ignored.
	 */
	static GateDecision of(Kind kind, String agreedActions, Phase backTo, String newVraagstuk, String stopReason,
			String lessons) {
		return of(kind, agreedActions, backTo, newVraagstuk, stopReason, lessons, null);
	}

	/** As above, with the result a Doetank that closes early delivered. */
	static GateDecision of(Kind kind, String agreedActions, Phase backTo, String newVraagstuk, String stopReason,
			String lessons, String closingResult) {
		return switch (kind) {
			case DOOR -> new Door(agreedActions);
			case BLIJVEN -> new Blijven(agreedActions);
			case HERFORMULEREN -> new Herformuleren(backTo, newVraagstuk, agreedActions);
			case STOPPEN -> new Stoppen(stopReason, lessons);
			case AFRONDEN -> new Afronden();
			case AFSLUITEN -> new Afsluiten(closingResult);
		};
	}

	record Door(String agreedActions) implements GateDecision {

		public Door {
			agreedActions = Texts.stripToNull(agreedActions);
		}

		@Override
		public Kind kind() {
			return Kind.DOOR;
		}

		@Override
		public Map<String, String> problemsIn(Phase current) {
			return current.isLast() ? Map.of("decision", "gate.rule.doorFromLast") : Map.of();
		}

	}

	record Blijven(String agreedActions) implements GateDecision {

		public Blijven {
			agreedActions = Texts.stripToNull(agreedActions);
		}

		@Override
		public Kind kind() {
			return Kind.BLIJVEN;
		}

		@Override
		public Map<String, String> problemsIn(Phase current) {
			return (this.agreedActions == null) ? Map.of("agreedActions", "gate.rule.actionsNeeded") : Map.of();
		}

	}

	record Herformuleren(Phase backTo, String newVraagstuk, String agreedActions) implements GateDecision {

		public Herformuleren {
			newVraagstuk = Texts.stripToNull(newVraagstuk);
			agreedActions = Texts.stripToNull(agreedActions);
		}

		@Override
		public Kind kind() {
			return Kind.HERFORMULEREN;
		}

		@Override
		public Map<String, String> problemsIn(Phase current) {
			Map<String, String> problems = new LinkedHashMap<>();
			if (this.backTo == null || !this.backTo.isBefore(current)) {
				problems.put("backToPhase", "gate.rule.backToEarlier");
			}
			if (this.newVraagstuk == null) {
				problems.put("newVraagstuk", "gate.rule.newVraagstuk");
			}
			return problems;
		}

	}

	record Stoppen(String reason, String lessons) implements GateDecision {

		public Stoppen {
			reason = Texts.stripToNull(reason);
			lessons = Texts.stripToNull(lessons);
		}

		@Override
		public Kind kind() {
			return Kind.STOPPEN;
		}

		@Override
		public Map<String, String> problemsIn(Phase current) {
			Map<String, String> problems = new LinkedHashMap<>();
			if (this.reason == null) {
				problems.put("stopReason", "gate.rule.stopNeedsReason");
			}
			if (this.lessons == null) {
				problems.put("lessons", "gate.rule.stopNeedsLessons");
			}
			return problems;
		}

	}

	record Afronden() implements GateDecision {

		@Override
		public Kind kind() {
			return Kind.AFRONDEN;
		}

		@Override
		public Map<String, String> problemsIn(Phase current) {
			return current.isLast() ? Map.of() : Map.of("decision", "gate.rule.afrondenOnlyFromVerbreden");
		}

	}

	record Afsluiten(String result) implements GateDecision {

		public Afsluiten {
			result = Texts.stripToNull(result);
		}

		@Override
		public Kind kind() {
			return Kind.AFSLUITEN;
		}

		@Override
		public Map<String, String> problemsIn(Phase current) {
			Map<String, String> problems = new LinkedHashMap<>();
			if (current.isLast()) {
				problems.put("decision", "gate.rule.afsluitenNotFromVerbreden");
			}
			if (this.result == null) {
				problems.put("closingResult", "gate.rule.afsluitenNeedsResult");
			}
			return problems;
		}

	}

}
