package nl.clubhuis.follow.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.follow.FollowKind;
import nl.clubhuis.follow.Followables;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Component;

/**
 * An expertise term of the vocabulary that is still offered: who follows it hears about
 * new questions and Doetanks that ask for it.
 */
@Component
class ExpertiseFollowables implements Followables {

	private final ExpertiseVocabulary vocabulary;

	ExpertiseFollowables(ExpertiseVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	@Override
	public FollowKind kind() {
		return FollowKind.EXPERTISE;
	}

	@Override
	public boolean mayFollow(long id, Viewer viewer) {
		return this.vocabulary.byIds(List.of(id)).values().stream().anyMatch((term) -> !term.retired());
	}

	@Override
	public Map<Long, Followed> describe(Collection<Long> ids, Locale locale) {
		return this.vocabulary.byIds(ids)
			.values()
			.stream()
			.collect(Collectors.toMap((term) -> term.id(),
					(term) -> new Followed(term.name(locale), "/leden?expertise=" + term.id())));
	}

}
