package nl.clubhuis.moderation.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.clubhuis.member.ProfileModeration;
import nl.clubhuis.member.ProfileModeration.ReportableProfile;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.moderation.ReportKind;
import nl.clubhuis.moderation.ReportedItem;
import nl.clubhuis.moderation.Reportables;

import org.springframework.stereotype.Component;

/**
 * Profiles in the moderation queue, here rather than in the member module because that
 * module cannot depend on this one: the member wrote their bio, hiding it leaves it to
 * the member and the redactie ({@link ProfileModeration}).
 */
@Component
class ProfileReportables implements Reportables {

	private final ProfileModeration profiles;

	ProfileReportables(ProfileModeration profiles) {
		this.profiles = profiles;
	}

	@Override
	public ReportKind kind() {
		return ReportKind.PROFILE;
	}

	@Override
	public Map<Long, ReportedItem> describe(Collection<Long> ids) {
		return this.profiles.describe(ids)
			.values()
			.stream()
			.collect(Collectors.toMap(ReportableProfile::memberId, ProfileReportables::itemOf));
	}

	@Override
	public Optional<ReportedItem> seenBy(long id, Viewer viewer) {
		return this.profiles.seenBy(id, viewer).map(ProfileReportables::itemOf);
	}

	@Override
	public void hide(long id, String reason) {
		this.profiles.hide(id, reason);
	}

	@Override
	public void restore(long id) {
		this.profiles.restore(id);
	}

	private static ReportedItem itemOf(ReportableProfile profile) {
		return new ReportedItem(profile.memberId(), profile.bio(), profile.path(), profile.hidden());
	}

}
