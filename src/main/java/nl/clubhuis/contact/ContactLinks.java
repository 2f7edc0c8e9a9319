package nl.clubhuis.contact;

import nl.clubhuis.contact.domain.ContactPreferenceRepository;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a "Stuur een bericht" button on a member's profile points, for this viewer: only
 * a logged-in member who may see the profile, to someone else who accepts messages. One
 * statement.
 */
@Service
@Transactional(readOnly = true)
public class ContactLinks {

	private final ContactPreferenceRepository preferences;

	ContactLinks(ContactPreferenceRepository preferences) {
		this.preferences = preferences;
	}

	/** The form's address, or {@code null} when the page shows no button. */
	public String messagePath(MemberRef member, Viewer viewer) {
		if (!viewer.isLoggedIn() || viewer.is(member.id()) || !member.profileVisibleTo(viewer)
				|| !this.preferences.acceptsMessages(member.id())) {
			return null;
		}
		return member.profilePath() + "/bericht";
	}

}
