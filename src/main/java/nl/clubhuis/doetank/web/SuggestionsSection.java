package nl.clubhuis.doetank.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.clubhuis.doetank.DoetankCard;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.MembershipState;
import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MyPageSection;
import nl.clubhuis.member.Viewer;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Voor jou" on /mijn: active Doetanks looking for what the member knows, that they are
 * not in and did not ask to join. Four queries, or one for a member who named no
 * expertise yet (they get a link to their profile instead).
 */
@Component
class SuggestionsSection implements MyPageSection {

	static final int HOW_MANY = 4;

	private final MemberDirectory members;

	private final Doetanks doetanks;

	private final ExpertiseVocabulary vocabulary;

	SuggestionsSection(MemberDirectory members, Doetanks doetanks, ExpertiseVocabulary vocabulary) {
		this.members = members;
		this.doetanks = doetanks;
		this.vocabulary = vocabulary;
	}

	@Override
	public int order() {
		return FOR_YOU;
	}

	@Override
	public String fragment() {
		return "doetank/mijn :: suggestions";
	}

	@Override
	public Object content(Viewer viewer) {
		Long memberId = viewer.member().id();
		Set<Long> known = this.members.expertiseOf(memberId);
		if (known.isEmpty()) {
			return new Suggestions(false, List.of());
		}
		List<Long> involved = this.doetanks.of(memberId)
			.stream()
			.filter((involvement) -> involvement.state() != MembershipState.BEEINDIGD)
			.map((involvement) -> involvement.doetank().id())
			.toList();
		List<DoetankCard> cards = this.doetanks.lookingFor(known, involved, HOW_MANY);
		if (cards.isEmpty()) {
			return new Suggestions(true, List.of());
		}
		Map<Long, Set<Long>> wanted = this.doetanks.expertiseWanted(cards.stream().map(DoetankCard::id).toList());
		Map<Long, Expertise> terms = this.vocabulary.byIds(known);
		Locale locale = LocaleContextHolder.getLocale();
		return new Suggestions(true,
				cards.stream()
					.map((card) -> new Suggestions.Suggestion(card,
							TermsInCommon.of(known, wanted.getOrDefault(card.id(), Set.of()), terms, locale)))
					.toList());
	}

}
