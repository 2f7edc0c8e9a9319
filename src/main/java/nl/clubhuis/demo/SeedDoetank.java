package nl.clubhuis.demo;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of the network's record of Doetanks (seed-doetanks.json, English notes). */
@JsonIgnoreProperties(ignoreUnknown = true)
record SeedDoetank(String slug, String kind, @JsonProperty("furthest_phase") Integer furthestPhase, String status,
		@JsonProperty("type_codes") List<String> typeCodes, String urgency, List<String> flags) {

	boolean isDoetank() {
		return "doetank".equals(this.kind);
	}

	boolean hasFlag(String flag) {
		return this.flags != null && this.flags.contains(flag);
	}

}
