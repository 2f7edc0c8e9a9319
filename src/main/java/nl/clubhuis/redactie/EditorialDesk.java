package nl.clubhuis.redactie;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import nl.clubhuis.agenda.AgendaCatalog;
import nl.clubhuis.agenda.EventCard;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.moderation.Moderation;
import nl.clubhuis.moderation.Moderation.QueueItem;
import nl.clubhuis.publishing.PostCard;
import nl.clubhuis.publishing.PostCatalog;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.shared.RecentWriting;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What the editorial desk shows, for redacteuren and beheerders only (checked here,
 * once): each section a fixed, small number of statements. What members wrote lately
 * comes from every {@link RecentWriting} (comments, questions, answers).
 */
@Service
public class EditorialDesk {

	static final int SECTION = 6;

	static final Duration UNANSWERED = Duration.ofDays(7);

	private final PostCatalog posts;

	private final AgendaCatalog agenda;

	private final Moderation moderation;

	private final ObjectProvider<UnansweredQuestions> questions;

	private final Clock clock;

	private final List<RecentWriting> writing;

	EditorialDesk(PostCatalog posts, AgendaCatalog agenda, Moderation moderation,
			ObjectProvider<UnansweredQuestions> questions, Clock clock, List<RecentWriting> writing) {
		this.writing = writing;
		this.posts = posts;
		this.agenda = agenda;
		this.moderation = moderation;
		this.questions = questions;
		this.clock = clock;
	}

	public Desk of(MemberPrincipal member) {
		if (member == null || !member.isRedactie()) {
			throw new AccessDeniedException("the editorial desk is for the redactie");
		}
		Optional<List<UnansweredQuestions.UnansweredQuestion>> unanswered = Optional
			.ofNullable(this.questions.getIfAvailable())
			.map((q) -> q.askedBefore(this.clock.instant().minus(UNANSWERED), SECTION));
		return new Desk(this.posts.unpublished(SECTION), this.moderation.top(SECTION),
				this.agenda.upcoming(null, 0).getContent().stream().limit(SECTION).toList(), unanswered.orElse(null),
				this.posts.latest(EnumSet.allOf(PostKind.class), SECTION), recentWriting());
	}

	/** What members wrote lately, newest first: each module's latest few, merged. */
	private List<RecentWriting.Written> recentWriting() {
		return this.writing.stream()
			.flatMap((source) -> source.latest(SECTION).stream())
			.sorted(Comparator.comparing(RecentWriting.Written::when).reversed())
			.limit(SECTION)
			.toList();
	}

	/**
	 * The desk's sections; {@code unanswered} is null while no module answers for
	 * questions.
	 */
	public record Desk(List<PostCard> unpublished, Page<QueueItem> reported, List<EventCard> upcoming,
			List<UnansweredQuestions.UnansweredQuestion> unanswered, List<PostCard> recent,
			List<RecentWriting.Written> written) {
	}

}
