package nl.clubhuis.toolkit;

import java.util.Set;
import java.util.UUID;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;

import org.springframework.boot.test.context.TestComponent;

/** Werkvormen made by tests, each with a unique name so tests do not see each other's. */
@TestComponent
public class TestWerkvormen {

	private final WerkvormService service;

	TestWerkvormen(WerkvormService service) {
		this.service = service;
	}

	/** A werkvorm for these phases and questions; returns its address (slug). */
	public String create(String name, Set<Phase> phases, Set<Question> questions, MemberPrincipal redacteur) {
		return this.service
			.create(content(name + " " + UUID.randomUUID().toString().substring(0, 8), phases, questions), redacteur);
	}

	public static WerkvormContent content(String name, Set<Phase> phases, Set<Question> questions) {
		return new WerkvormContent(name, "Een korte samenvatting van " + name + ".",
				"Gebruik het als je **vastloopt**.", "1. Begin.\n2. Ga door.", null, "Een dagdeel", "3 tot 8 mensen",
				null, null, phases, questions);
	}

}
