package nl.clubhuis.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.clubhuis.follow.FollowTarget;

/**
 * Something members should hear about: its kind, the cause it is written once for
 * ({@code sourceKey}, for example {@code "phase:12:345"}), the page it leads to, the
 * arguments of its text, who did it (never told), when it shows, and who hears it:
 * members named directly and the followers of what it is about. Content that not everyone
 * may see (a Doetank that is not public) names who may: {@link #onlyAmong}.
 */
public record Announcement(NotificationKind kind, String sourceKey, String link, List<String> arguments, Long actorId,
		Instant occurredAt, Set<Long> recipients, Set<FollowTarget> followersOf, Set<Long> onlyAmong) {

	public Announcement {
		arguments = List.copyOf(arguments);
		recipients = Set.copyOf(recipients);
		followersOf = Set.copyOf(followersOf);
		onlyAmong = (onlyAmong != null) ? Set.copyOf(onlyAmong) : null;
	}

	public static Announcement of(NotificationKind kind, String sourceKey, String link, Instant occurredAt,
			String... arguments) {
		return new Announcement(kind, sourceKey, link, List.of(arguments), null, occurredAt, Set.of(), Set.of(), null);
	}

	/** Who caused it: they are never notified of their own doing. */
	public Announcement by(Long actorId) {
		return new Announcement(this.kind, this.sourceKey, this.link, this.arguments, actorId, this.occurredAt,
				this.recipients, this.followersOf, this.onlyAmong);
	}

	public Announcement to(Collection<Long> members) {
		Set<Long> all = new HashSet<>(this.recipients);
		all.addAll(members);
		return new Announcement(this.kind, this.sourceKey, this.link, this.arguments, this.actorId, this.occurredAt,
				all, this.followersOf, this.onlyAmong);
	}

	public Announcement toFollowersOf(Collection<FollowTarget> targets) {
		Set<FollowTarget> all = new HashSet<>(this.followersOf);
		all.addAll(targets);
		return new Announcement(this.kind, this.sourceKey, this.link, this.arguments, this.actorId, this.occurredAt,
				this.recipients, all, this.onlyAmong);
	}

	/** Only these members may see what it is about; others are left out. */
	public Announcement onlyAmong(Collection<Long> members) {
		return new Announcement(this.kind, this.sourceKey, this.link, this.arguments, this.actorId, this.occurredAt,
				this.recipients, this.followersOf, Set.copyOf(members));
	}

	/** Everyone it reaches, given the followers of what it is about. */
	public Set<Long> audience(Set<Long> followers) {
		Set<Long> audience = new HashSet<>(this.recipients);
		audience.addAll(followers);
		if (this.actorId != null) {
			audience.remove(this.actorId);
		}
		if (this.onlyAmong != null) {
			audience.retainAll(this.onlyAmong);
		}
		return audience;
	}

}
