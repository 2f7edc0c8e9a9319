package nl.clubhuis.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.Theme;

/** The Dutch texts written for one seed Doetank (doetanks-nl.json). */
record DutchTexts(String slug, String title, String vraagstuk, @JsonProperty("ambitie") String ambition,
		@JsonProperty("thema") Theme theme, @JsonProperty("zoekt") Set<LookingFor> lookingFor,
		@JsonProperty("zoektToelichting") String lookingForNote, @JsonProperty("resultaat") String result,
		@JsonProperty("stopreden") String stopReason, @JsonProperty("lessen") String lessons,
		@JsonProperty("startdatum") LocalDate startDate, @JsonProperty("organisaties") List<String> organisations) {
}
