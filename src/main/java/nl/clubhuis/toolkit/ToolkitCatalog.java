package nl.clubhuis.toolkit;

import java.util.List;

import nl.clubhuis.doetank.Phase;

import org.springframework.data.domain.Page;

/** What other modules read from the toolkit; each method is a fixed number of queries. */
public interface ToolkitCatalog {

	/** The files to download with a werkvorm, in the order they were added. */
	List<TemplateFile> templates(String werkvormSlug);

	/** The public Doetanks that used a werkvorm, most recently recorded first. */
	Page<UsageExample> usages(String werkvormSlug, int page);

	/**
	 * What the inspiratiewijzer suggests: the werkvormen tagged with the question, those
	 * that also fit the phase first, and what public Doetanks did with them there.
	 */
	Suggestions suggest(Phase phase, Question question);

}
