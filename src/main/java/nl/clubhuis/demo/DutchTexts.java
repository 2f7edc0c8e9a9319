package nl.clubhuis.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.HistoricalDoetank;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.Theme;

/**
 * The Dutch texts written for one seed Doetank (doetanks-nl.json), with its route as the
 * sources tell it and, for one still active when the network's record ends, the day it
 * ends ({@code verhaalTot}).
 */
record DutchTexts(String slug, String title, String vraagstuk, @JsonProperty("ambitie") String ambition,
		@JsonProperty("thema") Theme theme, @JsonProperty("zoekt") Set<LookingFor> lookingFor,
		@JsonProperty("zoektToelichting") String lookingForNote, @JsonProperty("resultaat") String result,
		@JsonProperty("stopreden") String stopReason, @JsonProperty("lessen") String lessons,
		@JsonProperty("startdatum") LocalDate startDate, @JsonProperty("organisaties") List<String> organisations,
		@JsonProperty("route") List<RouteStep> route, @JsonProperty("verhaalTot") LocalDate recordEndsOn) {

	/**
	 * On {@code datum} the Doetank went to phase {@code naar} (a move) or ended with
	 * {@code status} in its last phase; {@code overleg}: a gatekeepers-overleg decided
	 * it.
	 */
	record RouteStep(@JsonProperty("datum") LocalDate day, @JsonProperty("naar") Phase to,
			@JsonProperty("status") DoetankStatus status, @JsonProperty("overleg") Boolean overleg,
			@JsonProperty("toelichting") String note, @JsonProperty("afspraken") String agreedActions) {

		boolean isOverleg() {
			return Boolean.TRUE.equals(this.overleg);
		}

		HistoricalDoetank.Step toStep(Phase current) {
			return new HistoricalDoetank.Step(this.day, (this.to != null) ? this.to : current,
					(this.status != null) ? this.status : DoetankStatus.ACTIEF, this.note, isOverleg(),
					this.agreedActions);
		}

	}

	/** The route as steps, each end in the phase where the route stood. */
	List<HistoricalDoetank.Step> steps() {
		if (this.route == null) {
			return List.of();
		}
		Phase current = Phase.INITIEREN;
		List<HistoricalDoetank.Step> steps = new java.util.ArrayList<>();
		for (RouteStep step : this.route) {
			HistoricalDoetank.Step next = step.toStep(current);
			steps.add(next);
			current = next.phase();
		}
		return steps;
	}

}
