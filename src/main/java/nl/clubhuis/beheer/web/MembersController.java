package nl.clubhuis.beheer.web;

import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.MembershipState;
import nl.clubhuis.member.AccountHelp;
import nl.clubhuis.member.AccountState;
import nl.clubhuis.member.BlockReason;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberAccount;
import nl.clubhuis.member.MemberAdministration;
import nl.clubhuis.shared.MailHealth;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.PageNumber;
import nl.clubhuis.shared.Params;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** /beheer: find a member, and one member's page with roles, Doetanks and status. */
@Controller
class MembersController {

	/** Longer search texts are cut off; no name or address is this long. */
	static final int MAX_SEARCH = 100;

	/** The roles on a member's page, in this order. */
	static final List<GlobalRole> NETWORK_ROLES = List.of(GlobalRole.COACH, GlobalRole.REDACTEUR, GlobalRole.BEHEERDER);

	private final MemberAdministration administration;

	private final Doetanks doetanks;

	private final MailHealth mailHealth;

	private final AccountHelp help;

	MembersController(MemberAdministration administration, Doetanks doetanks, MailHealth mailHealth, AccountHelp help) {
		this.help = help;
		this.administration = administration;
		this.doetanks = doetanks;
		this.mailHealth = mailHealth;
	}

	@GetMapping("/beheer")
	String members(@RequestParam(name = "zoek", required = false) String zoek,
			@RequestParam(name = "status", required = false) String status, PageNumber pagina, Model model) {
		String text = (zoek == null) ? "" : zoek.strip();
		if (text.length() > MAX_SEARCH) {
			text = text.substring(0, MAX_SEARCH);
		}
		AccountState chosen = Params.option(AccountState.class, status);
		AccountState state = (chosen != null) ? chosen : AccountState.IN_GEBRUIK;
		String wanted = text;
		Page<MemberAccount> members = pagina.fetch((page) -> this.administration.search(wanted, state, page));
		model.addAttribute("zoek", text);
		model.addAttribute("state", state);
		model.addAttribute("states", AccountState.values());
		model.addAttribute("members", members);
		model.addAttribute("networkRoles", NETWORK_ROLES);
		// Beheer starts here: the place to say that members are not getting their mail.
		model.addAttribute("mailFailing", this.mailHealth.status().failing());
		List<String> query = new ArrayList<>();
		if (!text.isEmpty()) {
			query.add("zoek=" + UriUtils.encodeQueryParam(text, StandardCharsets.UTF_8));
		}
		if (state != AccountState.IN_GEBRUIK) {
			query.add("status=" + state.name());
		}
		model.addAttribute("baseUrl", query.isEmpty() ? "/beheer" : "/beheer?" + String.join("&", query));
		return "beheer/members";
	}

	@GetMapping("/beheer/leden/{id}")
	String member(@PathVariable Long id, Model model) {
		MemberAccount account = account(id);
		List<Doetanks.Involvement> involvements = this.doetanks.of(id);
		model.addAttribute("account", account);
		model.addAttribute("involvements", involvements);
		model.addAttribute("stillCoaching",
				account.has(GlobalRole.COACH) ? List.of()
						: involvements.stream()
							.filter((i) -> i.role() == MembershipRole.COACH && i.state() == MembershipState.ACTIEF
									&& i.doetank().isActive())
							.toList());
		model.addAttribute("networkRoles", NETWORK_ROLES);
		model.addAttribute("lastBeheerder", this.administration.isLastBeheerder(id));
		// A beheerder's account gets another address or is erased only after the role is
		// gone.
		model.addAttribute("helpable", !account.has(GlobalRole.BEHEERDER));
		model.addAttribute("pendingAddress", this.help.pendingAddress(id).orElse(null));
		return "beheer/member";
	}

	@GetMapping("/beheer/leden/{id}/blokkeren")
	String confirmBlock(@PathVariable Long id, Model model) {
		MemberAccount account = account(id);
		if (account.erased()) {
			throw new NotFoundException("member " + id + " was erased");
		}
		model.addAttribute("account", account);
		model.addAttribute("reasons", BlockReason.values());
		return "beheer/block";
	}

	private MemberAccount account(Long id) {
		return this.administration.account(id).orElseThrow(() -> new NotFoundException("member " + id));
	}

}
