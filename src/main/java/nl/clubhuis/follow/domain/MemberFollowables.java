package nl.clubhuis.follow.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.clubhuis.follow.FollowKind;
import nl.clubhuis.follow.Followables;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Component;

/**
 * Another member can be followed when their profile is visible to the viewer and they
 * take part (verified, not blocked); nobody follows themselves.
 */
@Component
class MemberFollowables implements Followables {

	private final MemberDirectory directory;

	MemberFollowables(MemberDirectory directory) {
		this.directory = directory;
	}

	@Override
	public FollowKind kind() {
		return FollowKind.MEMBER;
	}

	@Override
	public boolean mayFollow(long id, Viewer viewer) {
		return !viewer.is(id)
				&& this.directory.findTakingPart(id).filter((member) -> member.profileVisibleTo(viewer)).isPresent();
	}

	@Override
	public Map<Long, Followed> describe(Collection<Long> ids, Locale locale) {
		return this.directory.byIds(ids)
			.values()
			.stream()
			.collect(Collectors.toMap((member) -> member.id(),
					(member) -> new Followed(member.name(), member.profilePath())));
	}

}
