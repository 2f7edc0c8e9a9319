package nl.clubhuis.member;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.clubhuis.member.domain.Member;
import nl.clubhuis.member.domain.MemberRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A profile's free text (its bio) in the redactie's moderation queue: members report it
 * from the profile page, the redactie hides it for everyone but the member and the
 * redactie, or shows it again. The moderation module calls this (it depends on this
 * module, so this module cannot implement its SPI itself).
 */
@Service
@Transactional(readOnly = true)
public class ProfileModeration {

	private final MemberRepository members;

	private final Clock clock;

	ProfileModeration(MemberRepository members, Clock clock) {
		this.members = members;
		this.clock = clock;
	}

	/**
	 * A profile as the queue shows it: whose, its page, its bio and whether it is hidden.
	 */
	public record ReportableProfile(long memberId, String path, String bio, boolean hidden) {

		static ReportableProfile of(Member member) {
			return new ReportableProfile(member.getId(), "/leden/" + member.getSlug(), member.getBio(),
					member.isBioHidden());
		}

	}

	/** The profiles among these member ids that were not erased, in one statement. */
	public Map<Long, ReportableProfile> describe(Collection<Long> memberIds) {
		return this.members.findAllById(memberIds)
			.stream()
			.filter((member) -> !member.isErased())
			.map(ReportableProfile::of)
			.collect(Collectors.toMap(ReportableProfile::memberId, Function.identity()));
	}

	/** The profile if this viewer may read it (and so report it). */
	public Optional<ReportableProfile> seenBy(long memberId, Viewer viewer) {
		return this.members.findById(memberId)
			.filter((member) -> member.profileVisibleTo(viewer))
			.map(ReportableProfile::of);
	}

	@Transactional
	public void hide(long memberId, String reason) {
		this.members.findById(memberId).ifPresent((member) -> member.hideBio(reason, this.clock.instant()));
	}

	@Transactional
	public void restore(long memberId) {
		this.members.findById(memberId).ifPresent(Member::restoreBio);
	}

}
