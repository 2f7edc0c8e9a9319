package nl.clubhuis.beheer.web;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import nl.clubhuis.contact.ReportedMessage;
import nl.clubhuis.contact.ReportedMessages;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.shared.AmsterdamTime;
import nl.clubhuis.shared.PageNumber;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * /beheer/meldingen/berichten: the messages members reported, newest report first, with
 * sender, recipient, subject and text; the sender links to their beheer page, where the
 * beheerder blocks them. Four statements whatever the number of reports.
 */
@Controller
class ReportedMessagesController {

	private final ReportedMessages reports;

	private final MemberDirectory members;

	private final Doetanks doetanks;

	ReportedMessagesController(ReportedMessages reports, MemberDirectory members, Doetanks doetanks) {
		this.reports = reports;
		this.members = members;
		this.doetanks = doetanks;
	}

	@GetMapping("/beheer/meldingen/berichten")
	String reported(PageNumber pagina, Model model) {
		Page<ReportedMessage> page = pagina.fetch(this.reports::page);
		Map<Long, MemberRef> people = this.members.byIds(page.stream()
			.flatMap((report) -> Stream.of(report.senderId(), report.recipientId()))
			.filter(Objects::nonNull)
			.toList());
		Map<Long, DoetankRef> places = this.doetanks
			.byIds(page.stream().map(ReportedMessage::doetankId).filter(Objects::nonNull).toList());
		model.addAttribute("reports",
				page.map((report) -> new Report(report, people.get(report.senderId()),
						(report.recipientId() != null) ? people.get(report.recipientId()) : null,
						(report.doetankId() != null) ? places.get(report.doetankId()) : null,
						AmsterdamTime.of(report.sentAt()), AmsterdamTime.of(report.reportedAt()))));
		return "beheer/reported-messages";
	}

	/** One reported message as the page shows it; a person since erased is null. */
	record Report(ReportedMessage message, MemberRef sender, MemberRef recipient, DoetankRef doetank,
			ZonedDateTime sentAt, ZonedDateTime reportedAt) {
	}

}
