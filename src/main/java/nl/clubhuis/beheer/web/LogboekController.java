package nl.clubhuis.beheer.web;

import nl.clubhuis.shared.AmsterdamTime;

import nl.clubhuis.audit.AuditEntry;
import nl.clubhuis.audit.AuditFilter;
import nl.clubhuis.audit.AuditKind;
import nl.clubhuis.audit.AuditLog;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.shared.PageNumber;
import nl.clubhuis.shared.Params;

import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * /beheer/logboek: what beheerders did, newest first, filtered by kind ({@code ?soort=})
 * and person ({@code ?persoon=}, who did it or whom it was about). The names of the
 * people and Doetanks on a page are looked up in one query each.
 */
@Controller
class LogboekController {

	private final AuditLog audit;

	private final MemberDirectory members;

	private final Doetanks doetanks;

	LogboekController(AuditLog audit, MemberDirectory members, Doetanks doetanks) {
		this.audit = audit;
		this.members = members;
		this.doetanks = doetanks;
	}

	@GetMapping("/beheer/logboek")
	String logboek(@RequestParam(name = "soort", required = false) String soort,
			@RequestParam(name = "persoon", required = false) String persoon, PageNumber pagina, Model model) {
		AuditKind kind = Params.option(AuditKind.class, soort);
		Long personId = id(persoon);
		AuditFilter filter = new AuditFilter(kind, personId);
		Page<AuditEntry> entries = pagina.fetch((page) -> this.audit.entries(filter, page));

		Set<Long> memberIds = new HashSet<>();
		entries.forEach((entry) -> Stream.of(entry.actorId(), entry.memberId())
			.filter(Objects::nonNull)
			.forEach(memberIds::add));
		if (personId != null) {
			memberIds.add(personId);
		}
		Map<Long, MemberRef> people = this.members.byIds(memberIds);
		Map<Long, DoetankRef> places = this.doetanks
			.byIds(entries.stream().map(AuditEntry::doetankId).filter(Objects::nonNull).toList());

		model.addAttribute("lines",
				entries.map((entry) -> new Line(AmsterdamTime.of(entry.recordedAt()), entry.kind(),
						found(people, entry.actorId()), entry.actorId() != null, found(people, entry.memberId()),
						found(places, entry.doetankId()), entry.detail())));
		model.addAttribute("kinds", List.of(AuditKind.values()));
		model.addAttribute("kind", kind);
		model.addAttribute("person", found(people, personId));
		model.addAttribute("filter", filter);
		model.addAttribute("baseUrl",
				UriComponentsBuilder.fromPath("/beheer/logboek")
					.queryParamIfPresent("soort", java.util.Optional.ofNullable(kind))
					.queryParamIfPresent("persoon", java.util.Optional.ofNullable(personId))
					.toUriString());
		return "beheer/logboek";
	}

	/** The one with this id, or null when there is no id or nobody has it (any more). */
	private static <T> T found(Map<Long, T> byId, Long id) {
		return (id != null) ? byId.get(id) : null;
	}

	private static Long id(String text) {
		try {
			return (text == null || text.isBlank()) ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * One line of the logboek as the page shows it. {@code actor} is null for the portal
	 * itself ({@code byPerson} false) or for someone since erased.
	 */
	record Line(ZonedDateTime at, AuditKind kind, MemberRef actor, boolean byPerson, MemberRef member,
			DoetankRef doetank, String detail) {

		public boolean isRoleChange() {
			return this.kind == AuditKind.ROLE_GRANTED || this.kind == AuditKind.ROLE_REVOKED;
		}

	}

}
