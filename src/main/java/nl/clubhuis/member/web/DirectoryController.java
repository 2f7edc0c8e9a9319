package nl.clubhuis.member.web;

import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.member.domain.ProfileFinder;
import nl.clubhuis.member.domain.ProfileFinder.Filter;
import nl.clubhuis.shared.PageNumber;
import nl.clubhuis.shared.Texts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * /leden, for members: who in the network knows what, filtered by expertise, organisation
 * and name. A plain GET form, so it works without JavaScript and a search can be
 * bookmarked.
 */
@Controller
class DirectoryController {

	private final ProfileFinder finder;

	private final ExpertiseVocabulary vocabulary;

	DirectoryController(ProfileFinder finder, ExpertiseVocabulary vocabulary) {
		this.finder = finder;
		this.vocabulary = vocabulary;
	}

	@GetMapping("/leden")
	String directory(@RequestParam(name = "expertise", required = false) String expertise,
			@RequestParam(name = "organisatie", required = false) String organisation,
			@RequestParam(name = "naam", required = false) String name, PageNumber page, Model model) {
		Filter filter = new Filter(parseId(expertise), Texts.stripToNull(organisation), Texts.stripToNull(name));
		model.addAttribute("filter", filter);
		model.addAttribute("members", page.fetch((number) -> this.finder.find(filter, number)));
		model.addAttribute("expertiseOptions", this.vocabulary.offered());
		model.addAttribute("baseUrl",
				UriComponentsBuilder.fromPath("/leden")
					.queryParamIfPresent("expertise", java.util.Optional.ofNullable(filter.expertise()))
					.queryParamIfPresent("organisatie", java.util.Optional.ofNullable(filter.organisation()))
					.queryParamIfPresent("naam", java.util.Optional.ofNullable(filter.name()))
					.encode()
					.build()
					.toUriString());
		return "member/directory";
	}

	/** An expertise id from the form; anything else means any expertise. */
	private static Long parseId(String text) {
		if (text == null || !text.matches("\\d{1,18}")) {
			return null;
		}
		return Long.valueOf(text);
	}

}
