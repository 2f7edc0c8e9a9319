package nl.clubhuis.route.domain;

import java.util.List;
import java.util.Map;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberContact;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.Mails;

import org.springframework.stereotype.Component;

/**
 * Tells the trekkers of a Doetank, in their own language and after the commit
 * ({@link Mails}), that an organisation took up its result:
 * {@code mail.adopterRecorded.*} with {0} the trekker, {1} the organisation, {2} the
 * Doetank, {3} what it took up, {4} who reported it. A trekker who reported it themselves
 * gets no mail. One statement for all the addresses.
 */
@Component
public class AdopterMail {

	private final Mails mails;

	private final MemberDirectory members;

	AdopterMail(Mails mails, MemberDirectory members) {
		this.mails = mails;
		this.members = members;
	}

	public void recorded(DoetankRef doetank, TeamRoles team, Adopter adopter, MemberPrincipal by) {
		List<Long> trekkers = team.active()
			.entrySet()
			.stream()
			.filter((member) -> member.getValue().contains(MembershipRole.TREKKER) && !member.getKey().equals(by.id()))
			.map(Map.Entry::getKey)
			.toList();
		Map<Long, MemberContact> contacts = this.members.contacts(trekkers);
		for (Long id : trekkers) {
			MemberContact trekker = contacts.get(id);
			if (trekker != null) {
				this.mails.send(trekker.email(), trekker.locale(), "adopterRecorded", doetank.path() + "#overgenomen",
						trekker.name(), adopter.getOrganisation(), doetank.title(), adopter.getTakenUp(), by.name());
			}
		}
	}

}
