package nl.clubhuis.follow.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.follow.FollowKind;
import nl.clubhuis.follow.Followables;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Component;

/** A Doetank can be followed by whoever may see it: a public one by every member. */
@Component
class DoetankFollowables implements Followables {

	private final Doetanks doetanks;

	DoetankFollowables(Doetanks doetanks) {
		this.doetanks = doetanks;
	}

	@Override
	public FollowKind kind() {
		return FollowKind.DOETANK;
	}

	@Override
	public boolean mayFollow(long id, Viewer viewer) {
		return this.doetanks.find(id)
			.filter((doetank) -> Doetanks.isVisible(doetank, this.doetanks.team(id), viewer))
			.isPresent();
	}

	@Override
	public Map<Long, Followed> describe(Collection<Long> ids, Locale locale) {
		return this.doetanks.byIds(ids)
			.values()
			.stream()
			.collect(Collectors.toMap((doetank) -> doetank.id(),
					(doetank) -> new Followed(doetank.title(), doetank.path())));
	}

}
