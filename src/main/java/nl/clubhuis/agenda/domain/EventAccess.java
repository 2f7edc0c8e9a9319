package nl.clubhuis.agenda.domain;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;

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
			if (!canOrganiseNetworkEvents(Viewer.of(organiser))) {
				throw new AccessDeniedException("only the redactie announces the network's events");
			}
			return null;
		}
		Doetanks.Visible host = this.doetanks.visible(hostSlug, Viewer.of(organiser));
		if (!canPlanMeeting(host.doetank(), host.team(), Viewer.of(organiser))) {
			throw new AccessDeniedException("only a trekker plans the team's meetings");
		}
		return host.doetank();
	}

	/** Café, Grand Café, Show and Tell and masterclass are the redactie's. */
	public static boolean canOrganiseNetworkEvents(Viewer viewer) {
		return viewer.isRedactie();
	}

	/**
	 * A trekker plans the team's own meetings while it is active (a beheerder may step
	 * in).
	 */
	public static boolean canPlanMeeting(DoetankRef doetank, TeamRoles team, Viewer viewer) {
		return doetank.isActive() && (viewer.memberId().filter(team::isTrekker).isPresent() || viewer.isBeheerder());
	}

	/** What this viewer may do with this event. */
	public static EventPermissions permissions(Host host, Viewer viewer) {
		if (host.doetank() == null) {
			return new EventPermissions(true, canOrganiseNetworkEvents(viewer), viewer.isLoggedIn());
		}
		boolean see = Doetanks.isVisible(host.doetank(), host.team(), viewer);
		boolean manage = viewer.memberId().filter(host.team()::isTrekker).isPresent() || viewer.isBeheerder();
		boolean attend = viewer.memberId().filter(host.team()::isMember).isPresent();
		return new EventPermissions(see, see && manage, see && attend);
	}

	/**
	 * The Doetank a meeting belongs to and its team; both empty for the network's events.
	 */
	public record Host(DoetankRef doetank, TeamRoles team) {

		public static final Host NETWORK = new Host(null, TeamRoles.NOBODY);

	}

}
