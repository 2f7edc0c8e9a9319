package nl.clubhuis.documents.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.documents.DocumentKind;
import nl.clubhuis.documents.Visibility;
import nl.clubhuis.documents.domain.Document;
import nl.clubhuis.documents.domain.DocumentLibrary;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.shared.uploads.Downloads;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploading a document or a new version of one, and downloading them. The library decides
 * who may (once, per use case); a refused file comes back next to the file field with
 * everything else kept.
 */
@Controller
class DocumentController {

	private static final String FORM = "documents/form";

	private final DocumentLibrary library;

	DocumentController(DocumentLibrary library) {
		this.library = library;
	}

	@GetMapping("/doetanks/{slug}/documenten/nieuw")
	String newDocument(@PathVariable String slug, Viewer viewer, Model model) {
		DoetankRef doetank = this.library.forUpload(slug, viewer);
		DocumentForm form = new DocumentForm();
		form.setPhase(doetank.phase());
		model.addAttribute("documentForm", form);
		return form(model, doetank, null, null);
	}

	@PostMapping("/doetanks/{slug}/documenten/nieuw")
	String upload(@PathVariable String slug, @Valid @ModelAttribute("documentForm") DocumentForm form,
			BindingResult errors, @RequestParam(name = "file", required = false) MultipartFile file, Viewer viewer,
			Model model, RedirectAttributes redirect) {
		DoetankRef doetank = this.library.forUpload(slug, viewer);
		if (errors.hasErrors()) {
			return form(model, doetank, null, null);
		}
		try {
			this.library.upload(slug, form.content(), name(file), bytes(file), form.getToken(), viewer.member());
		}
		catch (RuleViolationException ex) {
			return form(model, doetank, null, ex.messageKey());
		}
		catch (DataIntegrityViolationException ex) {
			// The same form sent twice at once: the other send added it.
			this.library.uploadedWith(form.getToken()).orElseThrow(() -> ex);
		}
		redirect.addFlashAttribute("flashSuccess", "documents.uploaded");
		return "redirect:/doetanks/" + slug + "#documenten";
	}

	@GetMapping("/doetanks/{slug}/documenten/{id}/versie")
	String newVersion(@PathVariable String slug, @PathVariable Long id, Viewer viewer, Model model) {
		Document document = this.library.forNewVersion(slug, id, viewer);
		model.addAttribute("token", UUID.randomUUID());
		return form(model, this.library.forUpload(slug, viewer), document, null);
	}

	@PostMapping("/doetanks/{slug}/documenten/{id}/versie")
	String addVersion(@PathVariable String slug, @PathVariable Long id,
			@RequestParam(name = "token", required = false) UUID token,
			@RequestParam(name = "file", required = false) MultipartFile file, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		Document document = this.library.forNewVersion(slug, id, viewer);
		UUID sent = (token != null) ? token : UUID.randomUUID();
		try {
			this.library.addVersion(slug, id, name(file), bytes(file), sent, viewer.member());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("token", sent);
			return form(model, this.library.forUpload(slug, viewer), document, ex.messageKey());
		}
		catch (DataIntegrityViolationException ex) {
			this.library.uploadedWith(sent).orElseThrow(() -> ex);
		}
		redirect.addFlashAttribute("flashSuccess", "documents.versionAdded");
		return "redirect:/doetanks/" + slug + "#documenten";
	}

	@GetMapping("/doetanks/{slug}/documenten/{id}")
	ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable Long id, Viewer viewer) {
		return serve(this.library.download(slug, id, null, viewer));
	}

	@GetMapping("/doetanks/{slug}/documenten/{id}/versies/{number}")
	ResponseEntity<byte[]> downloadVersion(@PathVariable String slug, @PathVariable Long id, @PathVariable int number,
			Viewer viewer) {
		return serve(this.library.download(slug, id, number, viewer));
	}

	private static ResponseEntity<byte[]> serve(DocumentLibrary.Download file) {
		return Downloads.attachment(file.fileName(), file.contentType(), file.bytes(), CacheControl.noStore());
	}

	private String form(Model model, DoetankRef doetank, Document document, String fileProblem) {
		model.addAttribute("doetank", doetank);
		model.addAttribute("document", document);
		model.addAttribute("fileProblem", fileProblem);
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("phases", Phase.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("maxUploadMb", this.library.maxMegabytes());
		return FORM;
	}

	private static String name(MultipartFile file) {
		return (file != null) ? file.getOriginalFilename() : null;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return (file != null) ? file.getBytes() : null;
		}
		catch (IOException ex) {
			throw new RuleViolationException("upload.refused.noFile");
		}
	}

}
