package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.DoetankStories;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.route.ChecklistAnswer;
import nl.clubhuis.shared.AmsterdamTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A Doetank's route as it happened: each stay in a phase (a stage), how long it lasted,
 * the gatekeepers-overleggen held in it, and the beschouwingen and milestones of that
 * stay. Built from the append-only transitions.
 */
public record Timeline(List<Stage> stages, List<OpenGateRequest> openRequests, List<DoorView> doors) {

	/** A timeline without the outcomes of requests to open doors (see withDoors). */
	public Timeline(List<Stage> stages, List<OpenGateRequest> openRequests) {
		this(stages, openRequests, List.of());
	}

	public boolean isEmpty() {
		return this.stages.isEmpty();
	}

	/**
	 * The same timeline with the outcomes of these requests to open doors (the opened
	 * ones and those that could not be), for who may follow them; open and withdrawn
	 * requests are left out.
	 */
	public Timeline withDoors(List<DoorView> requests) {
		return new Timeline(this.stages, this.openRequests,
				requests.stream().filter((door) -> door.state().isOutcome() && door.answeredAt() != null).toList());
	}

	/**
	 * The outcomes of requests to open doors answered during this stay, oldest first: a
	 * door belongs to the last stay that had begun when it was answered (before the
	 * route, it cannot be, to the first).
	 */
	public List<DoorView> doorsIn(Stage stage) {
		return this.doors.stream()
			.filter((door) -> this.stages.stream()
				.filter((candidate) -> !door.answeredAt().isBefore(candidate.start()))
				.reduce((first, second) -> second)
				.or(() -> this.stages.stream().findFirst())
				.filter((found) -> found == stage)
				.isPresent())
			.sorted(Comparator.comparing(DoorView::answeredAt))
			.toList();
	}

	static Timeline of(List<PhaseTransition> transitions, List<GateReview> reviews, List<GateReviewAnswer> answers,
			List<DoetankStories.Story> beschouwingen, List<GateReviewRequest> openRequests,
			List<MilestoneView> milestones) {
		Map<Long, List<GateReviewAnswer>> answersByReview = answers.stream()
			.collect(Collectors.groupingBy((answer) -> answer.getReview().getId()));
		Map<Long, GateReview> reviewsById = reviews.stream()
			.collect(Collectors.toMap(GateReview::getId, (review) -> review));
		List<Stage> stages = new ArrayList<>();
		Stage current = null;
		for (PhaseTransition transition : transitions) {
			GateReview review = (transition.getGateReview() != null)
					? reviewsById.get(transition.getGateReview().getId()) : null;
			if (current != null && review != null) {
				current.reviews()
					.add(new ReviewEntry(review, answersByReview.getOrDefault(review.getId(), List.of()), transition));
			}
			switch (transition.getKind()) {
				case INTAKE, DOOR, HERFORMULEREN, OVERGANG -> {
					if (current != null) {
						stages.set(stages.size() - 1, current.closedAt(AmsterdamTime.of(transition.getHappenedAt())));
					}
					current = new Stage(transition.getToPhase(), AmsterdamTime.of(transition.getHappenedAt()), null,
							transition.getKind(), transition, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
					stages.add(current);
				}
				case STOPPEN, AFRONDEN, AFSLUITEN -> {
					if (current != null) {
						stages.set(stages.size() - 1, current.closedAt(AmsterdamTime.of(transition.getHappenedAt())));
					}
					current = null;
				}
				case BLIJVEN -> {
				}
			}
		}
		for (DoetankStories.Story beschouwing : beschouwingen) {
			// In the last stay in the phase it is about that had begun when it was
			// written.
			stages.stream()
				.filter((stage) -> stage.phase() == beschouwing.phase()
						&& !beschouwing.publishedAt().isBefore(stage.start()))
				.reduce((first, second) -> second)
				.or(() -> stages.stream().filter((stage) -> stage.phase() == beschouwing.phase()).findFirst())
				.ifPresent((stage) -> stage.beschouwingen().add(beschouwing));
		}
		for (MilestoneView milestone : milestones) {
			// In the last stay that had begun on its day; before the route (it cannot be)
			// in the first.
			stages.stream()
				.filter((stage) -> !milestone.happenedOn().isBefore(stage.start().toLocalDate()))
				.reduce((first, second) -> second)
				.or(() -> stages.stream().findFirst())
				.ifPresent((stage) -> stage.milestones().add(milestone));
		}
		return new Timeline(stages.stream().map(Stage::readOnly).toList(),
				openRequests.stream().map(OpenGateRequest::of).toList());
	}

	/**
	 * One stay in a phase, from {@code start} to {@code end} (in Amsterdam); {@code end}
	 * is empty while the Doetank is still in it. {@code entry} is the step that began it:
	 * for OVERGANG (no gatekeepers-overleg) it carries who moved it and why.
	 */
	public record Stage(Phase phase, ZonedDateTime start, ZonedDateTime end, TransitionKind enteredBy,
			PhaseTransition entry, List<ReviewEntry> reviews, List<DoetankStories.Story> beschouwingen,
			List<MilestoneView> milestones) {

		/** The same stage with lists nobody can change (a timeline may be shared). */
		Stage readOnly() {
			return new Stage(this.phase, this.start, this.end, this.enteredBy, this.entry, List.copyOf(this.reviews),
					List.copyOf(this.beschouwingen), List.copyOf(this.milestones));
		}

		Stage closedAt(ZonedDateTime moment) {
			return new Stage(this.phase, this.start, moment, this.enteredBy, this.entry, this.reviews,
					this.beschouwingen, this.milestones);
		}

		/** Entered without a gatekeepers-overleg: a coach moved it, with a reason. */
		public boolean isPlainTransition() {
			return this.enteredBy == TransitionKind.OVERGANG;
		}

		/**
		 * The beschouwingen and milestones of this stay in date order (a milestone first
		 * on the same day).
		 */
		public List<Happening> happenings() {
			List<Happening> all = new ArrayList<>();
			this.milestones.forEach((milestone) -> all.add(new Happening(milestone.happenedOn(), milestone, null)));
			this.beschouwingen
				.forEach((story) -> all.add(new Happening(story.publishedAt().toLocalDate(), null, story)));
			all.sort(Comparator.comparing(Happening::day));
			return all;
		}

		public boolean isOngoing() {
			return this.end == null;
		}

		/**
		 * Whole days spent in this stage, up to {@code now} when it is still going on.
		 */
		public long days(Instant now) {
			return Duration.between(this.start.toInstant(), (this.end != null) ? this.end.toInstant() : now).toDays();
		}

		/**
		 * How long the stage lasted, in the unit a person would use: days, weeks, months
		 * or years. The message key is {@code timeline.} plus the unit.
		 */
		public Length length(Instant now) {
			long days = days(now);
			if (days < 14) {
				return new Length("days", days);
			}
			if (days < 92) {
				return new Length("weeks", days / 7);
			}
			if (days < 730) {
				return new Length("months", Math.round(days / 30.44));
			}
			return new Length("years", Math.round(days / 365.25));
		}

	}

	/** A milestone or a beschouwing in a stage: exactly one of the two is there. */
	public record Happening(LocalDate day, MilestoneView milestone, DoetankStories.Story beschouwing) {

	}

	/** An amount of a unit of time, for "3 maanden" or "2 jaar". */
	public record Length(String unit, long amount) {

	}

	/** A gatekeepers-overleg with its answers and the step it caused. */
	public record ReviewEntry(GateReview review, List<GateReviewAnswer> answers, PhaseTransition transition) {

		public long yesCount() {
			return this.answers.stream().filter((a) -> a.getAnswer() == ChecklistAnswer.JA).count();
		}

	}

}
