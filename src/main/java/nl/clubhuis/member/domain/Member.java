package nl.clubhuis.member.domain;

import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.ProfileVisibility;
import nl.clubhuis.member.Viewer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.clubhuis.shared.Texts;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person with an account: a member of the network. Longer than 300 lines because the
 * account and the profile (what the member tells about themselves and who may see it) are
 * one row whose invariants (erasure, visibility) belong together.
 */
@Entity
@Table(name = "member")
public class Member {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String name;

	private String organisation;

	private String slug;

	@Enumerated(EnumType.STRING)
	private ProfileVisibility profileVisibility = ProfileVisibility.LEDEN;

	private String jobTitle;

	private String bio;

	/** When the redactie hid the bio after a report; null while it shows. */
	private Instant bioHiddenAt;

	/** The redactie's word why, which the member reads on their profile. */
	private String bioHiddenReason;

	/** Ids of terms of the expertise vocabulary (module expertise). */
	@ElementCollection
	@CollectionTable(name = "member_expertise", joinColumns = @JoinColumn(name = "member_id"))
	@Column(name = "expertise_id")
	private Set<Long> expertise = new HashSet<>();

	private String passwordHash;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "varchar[]")
	private List<String> roles = new ArrayList<>(List.of(GlobalRole.LID.name()));

	private Instant createdAt;

	private Instant emailVerifiedAt;

	private Instant erasedAt;

	private Instant lastLoginAt;

	private Instant blockedAt;

	/** The language of the member's mails. */
	@Enumerated(EnumType.STRING)
	private Language locale = Language.nl;

	@Version
	private long version;

	protected Member() {
	}

	public Member(String email, String name, String organisation, String slug, String passwordHash, Instant createdAt) {
		this.email = normaliseEmail(email);
		this.slug = slug;
		this.name = name.strip();
		this.organisation = Texts.stripToNull(organisation);
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	/** The language mails to this member are in. */
	public Locale getLocale() {
		return this.locale.locale();
	}

	/**
	 * Remembers the language the member reads the portal in; anything the portal does not
	 * speak counts as Dutch. Returns whether it changed.
	 */
	public boolean chooseLanguage(Locale chosen) {
		Language language = Language.of(chosen);
		if (language == this.locale) {
			return false;
		}
		this.locale = language;
		return true;
	}

	public static String normaliseEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getName() {
		return this.name;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public String getSlug() {
		return this.slug;
	}

	public ProfileVisibility getProfileVisibility() {
		return this.profileVisibility;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public String getBio() {
		return this.bio;
	}

	public Set<Long> getExpertise() {
		return Set.copyOf(this.expertise);
	}

	/**
	 * What the member tells about themselves, and who may see it. Empty texts count as
	 * not given.
	 */
	public void describe(String organisation, String jobTitle, String bio, Collection<Long> expertiseIds,
			ProfileVisibility visibility) {
		this.organisation = Texts.stripToNull(organisation);
		this.jobTitle = Texts.stripToNull(jobTitle);
		this.bio = Texts.stripToNull(bio);
		this.expertise.retainAll(expertiseIds);
		this.expertise.addAll(expertiseIds);
		this.profileVisibility = visibility;
	}

	/**
	 * The redactie hides the bio after a report: only the member and the redactie still
	 * read it, with the word why.
	 */
	public void hideBio(String reason, Instant now) {
		this.bioHiddenAt = now;
		this.bioHiddenReason = Texts.stripToNull(reason);
	}

	public void restoreBio() {
		this.bioHiddenAt = null;
		this.bioHiddenReason = null;
	}

	public boolean isBioHidden() {
		return this.bioHiddenAt != null;
	}

	public String getBioHiddenReason() {
		return this.bioHiddenReason;
	}

	/** Whether anyone but the member may find this profile at all. */
	public boolean isFindable() {
		return isEmailVerified() && !isBlocked() && !isErased();
	}

	/**
	 * Whether this viewer sees the profile: the member always sees their own; others only
	 * a findable profile whose visibility lets them in.
	 */
	public boolean profileVisibleTo(Viewer viewer) {
		if (isErased()) {
			return false;
		}
		return viewer.is(this.id) || (isFindable() && this.profileVisibility.visibleTo(viewer.isLoggedIn()));
	}

	/** How other modules show this member. */
	public MemberRef ref() {
		return new MemberRef(this.id, this.name, this.organisation, this.slug, this.profileVisibility);
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	/** A new hash of the same password (a stronger kind) or of a new one. */
	public void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public Set<GlobalRole> getRoles() {
		Set<GlobalRole> result = EnumSet.noneOf(GlobalRole.class);
		this.roles.forEach((role) -> result.add(GlobalRole.valueOf(role)));
		return result;
	}

	public boolean hasRole(GlobalRole role) {
		return this.roles.contains(role.name());
	}

	public void grant(GlobalRole role) {
		if (!hasRole(role)) {
			List<String> updated = new ArrayList<>(this.roles);
			updated.add(role.name());
			this.roles = updated;
		}
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** The member followed the link mailed to their address. */
	public boolean isEmailVerified() {
		return this.emailVerifiedAt != null;
	}

	public void verifyEmail(Instant now) {
		if (this.emailVerifiedAt == null) {
			this.emailVerifiedAt = now;
		}
	}

	/** A new address, confirmed by following the link mailed to it: verified too. */
	public void changeEmail(String newEmail, Instant now) {
		this.email = normaliseEmail(newEmail);
		this.emailVerifiedAt = now;
	}

	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void rename(String name, String organisation) {
		this.name = name.strip();
		this.organisation = Texts.stripToNull(organisation);
	}

	/** The name an erased member is shown under. */
	public static final String ERASED_NAME = "voormalig lid";

	/**
	 * Erases everything that says who this member was: the row stays so that what they
	 * wrote and the route records they are named in still point somewhere.
	 */
	void erase(String unusablePasswordHash, Instant now) {
		this.email = "verwijderd-" + this.id + "@invalid";
		this.name = ERASED_NAME;
		this.organisation = null;
		this.slug = "voormalig-lid-" + this.id;
		this.profileVisibility = ProfileVisibility.NIEMAND;
		this.jobTitle = null;
		this.bio = null;
		this.bioHiddenAt = null;
		this.bioHiddenReason = null;
		this.expertise.clear();
		this.passwordHash = unusablePasswordHash;
		this.roles = new ArrayList<>();
		this.lastLoginAt = null;
		this.blockedAt = null;
		this.erasedAt = now;
	}

	public boolean isErased() {
		return this.erasedAt != null;
	}

	/**
	 * Who this member is while logged in, with the hash Spring Security checks the
	 * password against.
	 */
	public MemberPrincipal principal() {
		return new MemberPrincipal(this.id, this.email, this.name, getRoles(), this.passwordHash, isEmailVerified());
	}

	public void revoke(GlobalRole role) {
		if (role == GlobalRole.LID) {
			throw new IllegalArgumentException("every member is a lid");
		}
		if (hasRole(role)) {
			List<String> updated = new ArrayList<>(this.roles);
			updated.remove(role.name());
			this.roles = updated;
		}
	}

	/** When the member last logged in; null when not since registering. */
	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	/** Blocked: cannot log in; what they wrote stays. */
	public boolean isBlocked() {
		return this.blockedAt != null;
	}

	public Instant getBlockedAt() {
		return this.blockedAt;
	}

	public void block(Instant now) {
		if (this.blockedAt == null) {
			this.blockedAt = now;
		}
	}

	public void unblock() {
		this.blockedAt = null;
	}

}
