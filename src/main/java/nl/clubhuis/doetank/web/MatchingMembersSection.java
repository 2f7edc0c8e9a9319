package nl.clubhuis.doetank.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.clubhuis.doetank.DoetankPageSection;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.MemberSkills;
import nl.clubhuis.member.Viewer;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Shows the trekker and the coaches of an active Doetank the members who know what the
 * team looks for (model attribute {@code matchingMembers}): only members who let other
 * members see their profile, and none who are in the team or asked to join. Four queries
 * for them, none for anyone else.
 */
@Component
class MatchingMembersSection implements DoetankPageSection {

	static final int HOW_MANY = 6;

	private final Doetanks doetanks;

	private final MemberDirectory members;

	private final ExpertiseVocabulary vocabulary;

	MatchingMembersSection(Doetanks doetanks, MemberDirectory members, ExpertiseVocabulary vocabulary) {
		this.doetanks = doetanks;
		this.members = members;
		this.vocabulary = vocabulary;
	}

	@Override
	public void addTo(Model model, DoetankRef doetank, TeamRoles team, Viewer viewer) {
		Long viewerId = viewer.memberId().orElse(null);
		if (!doetank.isActive() || !(team.isTrekker(viewerId) || team.isCoach(viewerId))) {
			return;
		}
		Set<Long> wanted = this.doetanks.expertiseWanted(doetank.id());
		Locale locale = LocaleContextHolder.getLocale();
		if (wanted.isEmpty()) {
			model.addAttribute("matchingMembers", new MatchingMembers(List.of(), List.of()));
			return;
		}
		Set<Long> inTeam = new HashSet<>(team.active().keySet());
		inTeam.addAll(team.pending());
		List<MemberRef> found = this.members.withExpertise(wanted, inTeam, HOW_MANY);
		Map<Long, MemberSkills> skills = this.members.skillsOf(found.stream().map(MemberRef::id).toList());
		Map<Long, Expertise> terms = this.vocabulary.byIds(wanted);
		model.addAttribute("matchingMembers",
				new MatchingMembers(TermsInCommon.sorted(terms.values(), locale),
						found.stream()
							.map((member) -> match(member, skills.get(member.id()), wanted, terms, locale))
							.toList()));
	}

	private static MatchingMembers.Match match(MemberRef member, MemberSkills skills, Set<Long> wanted,
			Map<Long, Expertise> terms, Locale locale) {
		Set<Long> known = (skills != null) ? skills.expertiseIds() : Set.of();
		return new MatchingMembers.Match(member, (skills != null) ? skills.jobTitle() : null,
				TermsInCommon.of(known, wanted, terms, locale));
	}

}
