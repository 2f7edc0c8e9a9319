package nl.clubhuis.demo;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import nl.clubhuis.doetank.DoetankEdit;
import nl.clubhuis.doetank.DoetankEditService;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.Urgency;
import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.member.MemberPrincipal;

/**
 * A history on the demo's active Doetank, made through the edit form's service as people
 * would: the trekker says which expertise the team looks for, the coach estimates the
 * urgency. A second run changes nothing, so it writes no revision.
 */
class DemoRevisions {

	private static final Set<String> WANTED = Set.of("privacy-en-informatiebeveiliging", "sociaal-domein");

	private final DoetankEditService editing;

	private final ExpertiseVocabulary vocabulary;

	DemoRevisions(DoetankEditService editing, ExpertiseVocabulary vocabulary) {
		this.editing = editing;
		this.vocabulary = vocabulary;
	}

	/** Returns how many revisions it wrote. */
	int load(String slug, MemberPrincipal trekker, MemberPrincipal coach) {
		DoetankEdit now = this.editing.current(slug, trekker);
		Set<Long> expertise = this.vocabulary.offered()
			.stream()
			.filter((term) -> WANTED.contains(term.slug()))
			.map(Expertise::id)
			.collect(Collectors.toSet());
		Set<LookingFor> lookingFor = EnumSet.of(LookingFor.EXPERTISE, LookingFor.TESTLOCATIE);
		lookingFor.addAll(now.lookingFor());
		int written = this.editing.edit(slug, new DoetankEdit(now.title(), now.vraagstuk(), now.ambition(), now.theme(),
				now.organisations(), now.startDate(), lookingFor, expertise,
				"Iemand die weet wat de AVG toestaat bij het delen van signalen, en een tweede gemeente waar we de "
						+ "proef mogen herhalen.",
				now.typology(), now.urgency(), now.version()), trekker) ? 1 : 0;
		now = this.editing.current(slug, coach);
		written += this.editing.edit(slug,
				new DoetankEdit(now.title(), now.vraagstuk(), now.ambition(), now.theme(), now.organisations(),
						now.startDate(), now.lookingFor(), now.expertiseIds(), now.lookingForNote(), now.typology(),
						Urgency.HOOG, now.version()),
				coach) ? 1 : 0;
		return written;
	}

}
