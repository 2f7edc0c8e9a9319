package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.MembershipRole;

import java.util.Locale;
import java.util.Map;

import nl.clubhuis.member.MemberContact;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.Mails;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Mails a person about their place in a team, in their own language, once the change is
 * committed ({@link Mails}): an invitation to answer, a membership the team ended.
 */
@Component
public class TeamMail {

	private final Mails mails;

	private final MemberDirectory members;

	private final MessageSource messages;

	TeamMail(Mails mails, MemberDirectory members, MessageSource messages) {
		this.mails = mails;
		this.members = members;
		this.messages = messages;
	}

	/** {0} the invitee, {1} who invited, {2} the Doetank, {3} the role. */
	public void invited(Doetank doetank, Long inviteeId, MembershipRole role, MemberPrincipal by) {
		MemberContact invitee = contact(inviteeId);
		if (invitee != null) {
			this.mails.send(invitee.email(), invitee.locale(), "teamInvitation",
					"/doetanks/" + doetank.getSlug() + "/uitnodiging", invitee.name(), by.name(), doetank.getTitle(),
					role(role, invitee.locale()));
		}
	}

	/**
	 * {0} the person, {1} the Doetank, {2} the role, {3} the team's word (maybe empty).
	 */
	public void ended(Doetank doetank, Long memberId, MembershipRole role, String note) {
		MemberContact member = contact(memberId);
		if (member != null) {
			this.mails.send(member.email(), member.locale(), "teamEnded", "/doetanks/" + doetank.getSlug(),
					member.name(), doetank.getTitle(), role(role, member.locale()), (note != null) ? note.strip() : "");
		}
	}

	private MemberContact contact(Long memberId) {
		Map<Long, MemberContact> contacts = this.members.contacts(java.util.List.of(memberId));
		return contacts.get(memberId);
	}

	private String role(MembershipRole role, Locale locale) {
		return this.messages.getMessage("role." + role.name(), new Object[] { 1 }, locale).toLowerCase(locale);
	}

}
