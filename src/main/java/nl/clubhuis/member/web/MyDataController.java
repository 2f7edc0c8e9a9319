package nl.clubhuis.member.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.member.MemberDataContributor;
import nl.clubhuis.member.MemberPrincipal;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * /mijn/gegevens: everything the portal holds about the logged-in member, as one JSON
 * file to download. Every module adds its own part ({@link MemberDataContributor}); the
 * account comes first, the rest by name.
 */
@Controller
class MyDataController {

	private final List<MemberDataContributor> contributors;

	private final JsonMapper json;

	private final Clock clock;

	MyDataController(List<MemberDataContributor> contributors, JsonMapper json, Clock clock) {
		this.contributors = contributors.stream()
			.sorted(Comparator.comparing((MemberDataContributor c) -> !c.section().equals("account"))
				.thenComparing(MemberDataContributor::section))
			.toList();
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/mijn/gegevens")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal MemberPrincipal member) {
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("exported_at", this.clock.instant());
		this.contributors.forEach((contributor) -> export.put(contributor.section(), contributor.dataOf(member.id())));
		String fileName = "clubhuis-gegevens-" + LocalDate.now(this.clock) + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export));
	}

}
