package nl.clubhuis.doetank.web;

import java.util.List;

import nl.clubhuis.doetank.Invitations;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.member.WaitingForMe;
import nl.clubhuis.member.WaitingItem;
import nl.clubhuis.shared.AmsterdamTime;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Invitations to join a team wait for the invitee's answer on "Wacht op mij", with the
 * buttons to accept or decline right there. One query.
 */
@Component
class InvitationsWaitingForMe implements WaitingForMe {

	private final Invitations invitations;

	InvitationsWaitingForMe(Invitations invitations) {
		this.invitations = invitations;
	}

	@Override
	public List<WaitingItem> waitingFor(Viewer viewer) {
		return this.invitations.openFor(viewer.member().id()).stream().map((invitation) -> {
			String page = "/doetanks/" + invitation.doetank().slug() + "/uitnodiging";
			return WaitingItem
				.of("my.waiting.invitation", page, AmsterdamTime.of(invitation.invitedAt()),
						new DefaultMessageSourceResolvable(new String[] { "teamRole." + invitation.role() }),
						invitation.doetank().title())
				.with(new WaitingItem.Action("doetank.invitation.accept",
						page + "/" + invitation.membershipId() + "/accepteren"))
				.with(new WaitingItem.Action("doetank.invitation.decline",
						page + "/" + invitation.membershipId() + "/afslaan"));
		}).toList();
	}

}
