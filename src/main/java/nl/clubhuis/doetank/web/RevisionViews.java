package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.domain.DoetankRevision;
import nl.clubhuis.doetank.domain.FieldChange;
import nl.clubhuis.doetank.domain.Revisions;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.shared.DateFormats;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * A Doetank's revisions as a page shows them: the author's name, and each changed field
 * with its old and new value in the page's language (themes, roles and expertise by name,
 * dates written out). Whatever the number of revisions: one lookup for the authors and
 * one for the expertise terms.
 */
@Component
class RevisionViews {

	/** Fields whose values are texts of some length: shown as two blocks, old and new. */
	private static final Set<String> LONG_TEXTS = Set.of("vraagstuk", "ambition", "lookingForNote", "declineReason",
			"answerProblemOwner", "answerValue", "answerCapacity");

	private final Revisions revisions;

	private final MemberDirectory members;

	private final ExpertiseVocabulary vocabulary;

	private final MessageSource messages;

	private final DateFormats dates;

	RevisionViews(Revisions revisions, MemberDirectory members, ExpertiseVocabulary vocabulary, MessageSource messages,
			DateFormats dates) {
		this.revisions = revisions;
		this.members = members;
		this.vocabulary = vocabulary;
		this.messages = messages;
		this.dates = dates;
	}

	/**
	 * The newest {@code count} revisions as a summary: who, when and which fields, not
	 * their values (so no lookup of expertise terms).
	 */
	List<RevisionView> latest(Long doetankId, int count) {
		List<DoetankRevision> latest = this.revisions.latest(doetankId, count);
		Map<Long, MemberRef> authors = authorsOf(latest);
		return latest.stream()
			.map((revision) -> new RevisionView(revision.getId(), revision.getAt(), author(revision, authors),
					revision.getCause(),
					revision.getChanges()
						.stream()
						.map((change) -> new RevisionView.ChangeView(change.field(), null, null,
								LONG_TEXTS.contains(change.field()), change.oldRemoved(), change.nowRemoved(),
								Revisions.FREE_TEXTS.contains(change.field())))
						.toList()))
			.toList();
	}

	/** A page (0-based) of the whole history. */
	Page<RevisionView> page(Long doetankId, int page) {
		Page<DoetankRevision> found = this.revisions.page(doetankId, page);
		return found.map(viewer(found.getContent()));
	}

	private Function<DoetankRevision, RevisionView> viewer(List<DoetankRevision> revisions) {
		if (revisions.isEmpty()) {
			return (revision) -> null;
		}
		Map<Long, MemberRef> authors = authorsOf(revisions);
		Map<Long, Expertise> allTerms = this.vocabulary.byIds(revisions.stream()
			.flatMap((revision) -> revision.getChanges().stream())
			.filter((change) -> "expertise".equals(change.field()))
			.flatMap((change) -> java.util.stream.Stream.concat(lines(change.old()).stream(),
					lines(change.now()).stream()))
			.map(Long::valueOf)
			.collect(Collectors.toSet()));
		Locale locale = LocaleContextHolder.getLocale();
		return (revision) -> new RevisionView(revision.getId(), revision.getAt(), author(revision, authors),
				revision.getCause(),
				revision.getChanges()
					.stream()
					.map((change) -> new RevisionView.ChangeView(change.field(),
							shown(change.field(), change.old(), allTerms, locale),
							shown(change.field(), change.now(), allTerms, locale), LONG_TEXTS.contains(change.field()),
							change.oldRemoved(), change.nowRemoved(), Revisions.FREE_TEXTS.contains(change.field())))
					.toList());
	}

	private Map<Long, MemberRef> authorsOf(List<DoetankRevision> revisions) {
		List<Long> ids = revisions.stream().map(DoetankRevision::getAuthorId).filter(Objects::nonNull).toList();
		return ids.isEmpty() ? Map.of() : this.members.byIds(ids);
	}

	private static MemberRef author(DoetankRevision revision, Map<Long, MemberRef> authors) {
		return (revision.getAuthorId() != null) ? authors.get(revision.getAuthorId()) : null;
	}

	private String shown(String field, String value, Map<Long, Expertise> terms, Locale locale) {
		if (value == null) {
			return null;
		}
		return switch (field) {
			case "theme" -> message("theme." + value, locale);
			case "status" -> message("status." + value, locale);
			case "answerOrigin" -> message("intake.answer.origin." + value, locale);
			case "startDate" -> this.dates.day(LocalDate.parse(value));
			case "lookingFor" -> lines(value).stream()
				.map((item) -> message("lookingFor." + item, locale))
				.collect(Collectors.joining(", "));
			case "expertise" -> lines(value).stream()
				.map((id) -> terms.containsKey(Long.valueOf(id)) ? terms.get(Long.valueOf(id)).name(locale) : "?")
				.sorted(String.CASE_INSENSITIVE_ORDER)
				.collect(Collectors.joining(", "));
			case "organisations" -> String.join(", ", lines(value));
			default -> value;
		};
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static List<String> lines(String value) {
		return (value == null) ? List.of() : Arrays.stream(value.split("\n")).filter((s) -> !s.isBlank()).toList();
	}

}
