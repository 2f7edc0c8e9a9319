package nl.clubhuis.agenda.domain;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who organises what, decided here once. The redactie runs the network's meetings; a
 * Doetank's trekker runs the team's own. Only the team comes to a team meeting, which is
 * listed as long as the team is.
 */
@Component
public class EventAccess {

	private final Doetanks doetanks;

	EventAccess(Doetanks doetanks) {
		this.doetanks = doetanks;
	}

	/** The Doetank whose meeting this is, with its team; {@link Host#NETWORK} if none. */
	public Host hostOf(Event event) {
		if (!event.isDoetankMeeting()) {
			return Host.NETWORK;
		}
		DoetankRef doetank = this.doetanks.find(event.getHostDoetankId()).orElseThrow();
		return new Host(doetank, this.doetanks.team(doetank.id()));
	}

	/**
	 * Who may announce what: the Doetank {@code hostSlug} whose meeting this organiser
	 * may plan, or null for a network event when they are of the redactie. Refused (403)
	 * otherwise; a Doetank they may not see is a 404.
	 */
	public DoetankRef hostForNewEvent(String hostSlug, MemberPrincipal organiser) {
		if (hostSlug == null) {
			if (!canOrganiseNetworkEvents(organiser)) {
				throw new AccessDeniedException("only the redactie announces the network's events");
			}
			return null;
		}
		Doetanks.Visible host = this.doetanks.visible(hostSlug, organiser);
		if (!canPlanMeeting(host.doetank(), host.team(), organiser)) {
			throw new AccessDeniedException("only a trekker plans the team's meetings");
		}
		return host.doetank();
	}

	/** Café, Grand Café, Show and Tell and masterclass are the redactie's. */
	public static boolean canOrganiseNetworkEvents(MemberPrincipal viewer) {
		return viewer != null && viewer.isRedactie();
	}

	/**
	 * A trekker plans the team's own meetings while it is active (a beheerder may step
	 * in).
	 */
	public static boolean canPlanMeeting(DoetankRef doetank, TeamRoles team, MemberPrincipal viewer) {
		return viewer != null && doetank.isActive() && (team.isTrekker(viewer.id()) || viewer.isBeheerder());
	}

	/** What this viewer may do with this event. */
	public static EventPermissions permissions(Host host, MemberPrincipal viewer) {
		if (host.doetank() == null) {
			return new EventPermissions(true, canOrganiseNetworkEvents(viewer), viewer != null);
		}
		boolean see = Doetanks.isVisible(host.doetank(), host.team(), viewer);
		boolean manage = viewer != null && (host.team().isTrekker(viewer.id()) || viewer.isBeheerder());
		boolean attend = viewer != null && host.team().isMember(viewer.id());
		return new EventPermissions(see, see && manage, see && attend);
	}

	/**
	 * The Doetank a meeting belongs to and its team; both empty for the network's events.
	 */
	public record Host(DoetankRef doetank, TeamRoles team) {

		public static final Host NETWORK = new Host(null, TeamRoles.NOBODY);

	}

}
