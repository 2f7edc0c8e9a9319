package nl.clubhuis.questions.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.follow.Follows;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.questions.domain.QuestionFilter;
import nl.clubhuis.questions.domain.QuestionReads;
import nl.clubhuis.questions.domain.QuestionService;
import nl.clubhuis.questions.domain.QuestionView;
import nl.clubhuis.shared.KeptPages;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.questions.domain.QuestionListItem;
import nl.clubhuis.shared.PageNumber;
import nl.clubhuis.shared.SharedMarkup;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * /vragen: the list with its filters (a GET form), asking at /vragen/nieuw, and a
 * question's page at /vragen/{id}-{slug} with its answers, comments and forms.
 */
@Controller
class QuestionsController {

	private final QuestionService service;

	private final QuestionReads reads;

	private final ExpertiseVocabulary vocabulary;

	private final Doetanks doetanks;

	private final Follows follows;

	private final SharedMarkup markup;

	private final KeptPages pages;

	QuestionsController(QuestionService service, QuestionReads reads, ExpertiseVocabulary vocabulary, Doetanks doetanks,
			Follows follows, SharedMarkup markup, KeptPages pages) {
		this.pages = pages;
		this.service = service;
		this.markup = markup;
		this.reads = reads;
		this.vocabulary = vocabulary;
		this.doetanks = doetanks;
		this.follows = follows;
	}

	/**
	 * Kept whole for a member as they saw it until anything changes ({@link KeptPages}).
	 */
	@GetMapping("/vragen")
	ModelAndView list(@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "expertise", required = false) String expertise,
			@RequestParam(name = "doetank", required = false) String doetank, PageNumber page, Viewer viewer,
			Model model) {
		return this.pages.page(viewer.memberId().orElse(null), viewer.pageKey(), model, () -> {
			Boolean answered = "beantwoord".equals(status) ? Boolean.TRUE
					: "open".equals(status) ? Boolean.FALSE : null;
			List<Expertise> offered = this.vocabulary.offered();
			// A term that is not offered (unknown or retired) is no filter: the form
			// has no such term.
			Long expertiseId = Optional.ofNullable(number(expertise))
				.filter((id) -> offered.stream().anyMatch((term) -> term.id().equals(id)))
				.orElse(null);
			Optional<DoetankRef> about = (doetank == null || doetank.isBlank()) ? Optional.empty()
					: this.doetanks.findBySlug(doetank.strip()).filter(DoetankRef::isPublic);
			QuestionFilter filter = new QuestionFilter(answered, expertiseId, about.map(DoetankRef::id).orElse(null));
			SharedMarkup markup = this.markup.asOfNow();
			Page<QuestionListItem> questions = this.reads.list(filter, viewer, page);
			model.addAttribute("status", (answered == null) ? "" : status);
			model.addAttribute("expertiseId", expertiseId);
			model.addAttribute("doetank", about.map(DoetankRef::slug).orElse(""));
			model.addAttribute("expertiseOptions", offered);
			String baseUrl = UriComponentsBuilder.fromPath("/vragen")
				.queryParamIfPresent("status", Optional.ofNullable((answered == null) ? null : status))
				.queryParamIfPresent("expertise", Optional.ofNullable(expertiseId))
				.queryParamIfPresent("doetank", about.map(DoetankRef::slug))
				.build()
				.encode()
				.toUriString();
			model.addAttribute("baseUrl", baseUrl);
			// The order depends on the member's expertise (theirs first): the key
			// names the questions shown, in order, whose content is the same for
			// everyone.
			String shown = questions.getContent().stream().map((q) -> String.valueOf(q.id())).toList().toString();
			model.addAttribute("resultsMarkup",
					markup.render(
							baseUrl + ":" + questions.getNumber() + ":" + questions.getTotalElements() + ":" + shown,
							"questions/list-results :: results(questions=${questions}, baseUrl=${baseUrl})",
							() -> Map.of("questions", questions, "baseUrl", baseUrl)));
			return "questions/list";
		});
	}

	@GetMapping("/vragen/nieuw")
	String newQuestion(Model model) {
		return askForm(new QuestionForm(), model);
	}

	@PostMapping("/vragen/nieuw")
	String ask(@Valid @ModelAttribute("form") QuestionForm form, BindingResult errors, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		Long doetankId = null;
		if (form.getDoetank() != null && !form.getDoetank().isBlank() && !errors.hasFieldErrors("doetank")) {
			List<DoetankRef> named = this.doetanks.publicNamed(List.of(form.getDoetank()));
			if (named.isEmpty()) {
				errors.rejectValue("doetank", "questions.doetank.unknown");
			}
			else {
				doetankId = named.get(0).id();
			}
		}
		if (errors.hasErrors()) {
			return askForm(form, model);
		}
		String path = this.service.ask(viewer.member(), form.draft(doetankId));
		redirect.addFlashAttribute("flashSuccess", "questions.asked");
		return "redirect:" + path;
	}

	@GetMapping("/vragen/{key}")
	String question(@PathVariable String key, Viewer viewer, Model model) {
		QuestionView question = this.reads.page(idOf(key), viewer);
		if (!question.path().equals("/vragen/" + key)) {
			return "redirect:" + question.path();
		}
		return page(question, new AnswerForm(), null, null, viewer, model);
	}

	@PostMapping("/vragen/{id}/antwoorden")
	String answer(@PathVariable long id, @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult errors,
			Viewer viewer, Model model) {
		if (errors.hasErrors()) {
			return page(this.reads.page(id, viewer), form, null, null, viewer, model);
		}
		return "redirect:" + this.service.answer(viewer, id, Tokens.parse(form.getSubmission()), form.getBody());
	}

	@PostMapping("/vragen/{id}/antwoorden/{answerId}/reacties")
	String comment(@PathVariable long id, @PathVariable long answerId,
			@RequestParam(name = "submission", required = false) String submission,
			@RequestParam(name = "body", required = false) String body, Viewer viewer, Model model) {
		String problem = (body == null || body.isBlank()) ? "NotBlank"
				: (body.strip().length() > AnswerForm.COMMENT_LENGTH) ? "questions.comment.tooLong" : null;
		if (problem != null) {
			model.addAttribute("commentProblem", problem);
			model.addAttribute("commentBody", body);
			return page(this.reads.page(id, viewer), new AnswerForm(), answerId, submission, viewer, model);
		}
		return "redirect:" + this.service.comment(viewer, id, answerId, Tokens.parse(submission), body);
	}

	@PostMapping("/vragen/{id}/geholpen")
	String accept(@PathVariable long id, @RequestParam("antwoord") long answerId, Viewer viewer,
			RedirectAttributes redirect) {
		String path = this.service.accept(viewer, id, answerId);
		redirect.addFlashAttribute("flashSuccess", "questions.accepted");
		return "redirect:" + path;
	}

	@PostMapping("/vragen/{id}/doetank")
	String became(@PathVariable long id, @RequestParam(name = "doetank", required = false) String doetank,
			Viewer viewer, RedirectAttributes redirect) {
		Long doetankId = null;
		if (doetank != null && !doetank.isBlank()) {
			List<DoetankRef> named = this.doetanks.publicNamed(List.of(doetank));
			if (named.isEmpty()) {
				redirect.addFlashAttribute("flashProblem", "questions.doetank.unknown");
				return "redirect:" + this.reads.page(id, viewer).path();
			}
			doetankId = named.get(0).id();
		}
		String path = this.service.became(viewer, id, doetankId);
		redirect.addFlashAttribute("flashSuccess", "questions.became.saved");
		return "redirect:" + path;
	}

	private String askForm(QuestionForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("expertiseOptions", this.vocabulary.offered());
		model.addAttribute("phases", Phase.values());
		return "questions/ask";
	}

	private String page(QuestionView question, AnswerForm answerForm, Long commentOn, String commentSubmission,
			Viewer viewer, Model model) {
		model.addAttribute("question", question);
		model.addAttribute("answerForm", answerForm);
		model.addAttribute("commentOn", commentOn);
		model.addAttribute("commentSubmission",
				(commentSubmission != null) ? commentSubmission : java.util.UUID.randomUUID().toString());
		model.addAttribute("follow",
				this.follows.button(viewer, FollowTarget.question(question.id()), question.may().asker()));
		return "questions/question";
	}

	/** The id at the start of "12-slug"; a 404 for anything else. */
	static long idOf(String key) {
		String digits = key.split("-", 2)[0];
		Long id = number(digits);
		if (id == null) {
			throw new NotFoundException("question " + key);
		}
		return id;
	}

	private static Long number(String text) {
		if (text == null || !text.strip().matches("\\d{1,18}")) {
			return null;
		}
		return Long.valueOf(text.strip());
	}

}
