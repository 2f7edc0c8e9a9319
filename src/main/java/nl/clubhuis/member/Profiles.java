package nl.clubhuis.member;

import nl.clubhuis.member.domain.Member;
import nl.clubhuis.member.domain.MemberPhotoRepository;
import nl.clubhuis.member.domain.MemberRepository;

import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.shared.NotFoundException;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's profile: the member edits it at /mijn/profiel, others read it at
 * /leden/{slug} when its visibility lets them (see {@link Member#profileVisibleTo}).
 */
@Service
@Transactional(readOnly = true)
public class Profiles {

	private final MemberRepository members;

	private final ExpertiseVocabulary vocabulary;

	private final MemberPhotoRepository photos;

	Profiles(MemberRepository members, ExpertiseVocabulary vocabulary, MemberPhotoRepository photos) {
		this.members = members;
		this.vocabulary = vocabulary;
		this.photos = photos;
	}

	/**
	 * A profile as its page shows it; {@code own} when the viewer is the member, who also
	 * sees a profile nobody else does. {@code photoVersion} is null without a photo (see
	 * {@link ProfilePhotos}). A bio the redactie hid ({@code bioHidden}, with its
	 * {@code hiddenReason}) is only there for the member and the redactie.
	 */
	public record Profile(MemberRef member, String jobTitle, String bio, List<Expertise> expertise, boolean own,
			Long photoVersion, boolean bioHidden, String hiddenReason) {

		public boolean hiddenFromOthers() {
			return this.member.visibility() == ProfileVisibility.NIEMAND;
		}

	}

	/** What the member has on their profile now, for the form. */
	public record Draft(String organisation, String jobTitle, String bio, Set<Long> expertise,
			ProfileVisibility visibility) {
	}

	/** The profile at this address, or a 404 for whoever may not see it. */
	public Profile visible(String slug, Viewer viewer) {
		Member member = this.members.findBySlug(slug)
			.filter((found) -> found.profileVisibleTo(viewer))
			.orElseThrow(() -> new NotFoundException(slug));
		boolean own = viewer.is(member.getId());
		boolean readsBio = !member.isBioHidden() || own || viewer.isRedactie();
		return new Profile(member.ref(), member.getJobTitle(), readsBio ? member.getBio() : null,
				this.vocabulary.sorted(member.getExpertise()), own, photoVersion(member.getId()), member.isBioHidden(),
				member.getBioHiddenReason());
	}

	/**
	 * The member's own profile as it is now, its address and the version of its photo
	 * (null without one).
	 */
	public record Own(String slug, Draft draft, Long photoVersion) {
	}

	public Own own(Long memberId) {
		Member member = this.members.findById(memberId).orElseThrow();
		return new Own(member.getSlug(), new Draft(member.getOrganisation(), member.getJobTitle(), member.getBio(),
				member.getExpertise(), member.getProfileVisibility()), photoVersion(memberId));
	}

	private Long photoVersion(Long memberId) {
		return this.photos.findUploadedAt(memberId).map(Instant::getEpochSecond).orElse(null);
	}

	/**
	 * Saves the profile. Expertise must be offered now or already chosen (a retired term
	 * stays, but cannot be chosen anew); other ids are left out.
	 */
	@Transactional
	public void save(Long memberId, Draft draft) {
		Member member = this.members.findById(memberId).orElseThrow();
		Set<Long> allowed = this.vocabulary.offered().stream().map(Expertise::id).collect(Collectors.toSet());
		allowed.addAll(member.getExpertise());
		Collection<Long> chosen = draft.expertise().stream().filter(allowed::contains).collect(Collectors.toSet());
		member.describe(draft.organisation(), draft.jobTitle(), draft.bio(), chosen, draft.visibility());
	}

}
