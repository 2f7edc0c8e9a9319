package nl.clubhuis.toolkit;

import java.time.Clock;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.shared.Slugs;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The redactie writes, changes and removes werkvormen and their template files. */
@Service
@Transactional
public class WerkvormService {

	/** Addresses below /toolkit that are pages of their own, not werkvormen. */
	static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("nieuw", "printbaar", "bewerken", "bestanden",
			"verwijderen");

	private final WerkvormRepository werkvormen;

	private final WerkvormTemplateRepository templates;

	private final WerkvormUsageRepository usages;

	private final TemplateUploads uploads;

	private final ToolkitAccess access;

	private final Clock clock;

	WerkvormService(WerkvormRepository werkvormen, WerkvormTemplateRepository templates, WerkvormUsageRepository usages,
			TemplateUploads uploads, ToolkitAccess access, Clock clock) {
		this.werkvormen = werkvormen;
		this.templates = templates;
		this.usages = usages;
		this.uploads = uploads;
		this.access = access;
		this.clock = clock;
	}

	/** The new werkvorm's address. */
	public String create(WerkvormContent content, MemberPrincipal redacteur) {
		requireEditor(redacteur);
		requireUniqueName(content.name(), null);
		String slug = Slugs.unique(content.name(),
				(candidate) -> RESERVED_SLUGS.contains(candidate) || this.werkvormen.existsBySlug(candidate));
		this.werkvormen.save(new Werkvorm(slug, content, this.clock.instant()));
		return slug;
	}

	/**
	 * Changes the texts; refused when someone else saved it since the form was opened.
	 */
	void change(String slug, long version, WerkvormContent content, MemberPrincipal redacteur) {
		requireEditor(redacteur);
		Werkvorm werkvorm = find(slug);
		if (werkvorm.getVersion() != version) {
			throw new OptimisticLockingFailureException("werkvorm " + slug + " changed");
		}
		requireUniqueName(content.name(), werkvorm.getId());
		werkvorm.change(content, this.clock.instant());
	}

	/**
	 * Only a werkvorm no Doetank recorded may go: their records would lose their meaning.
	 */
	void remove(String slug, MemberPrincipal redacteur) {
		requireEditor(redacteur);
		Werkvorm werkvorm = find(slug);
		if (this.usages.existsByWerkvormId(werkvorm.getId())) {
			throw new RuleViolationException("toolkit.remove.inUse");
		}
		this.werkvormen.delete(werkvorm);
	}

	/** Keeps a checked file with the werkvorm, offered as "{title}.{ext}". */
	public void addTemplate(String slug, String title, String originalName, byte[] bytes, MemberPrincipal redacteur) {
		requireEditor(redacteur);
		Werkvorm werkvorm = find(slug);
		TemplateUploads.CheckedFile checked = this.uploads.check(originalName, bytes, title);
		this.templates.save(new WerkvormTemplate(werkvorm, title, checked, redacteur.id(), this.clock.instant()));
	}

	void removeTemplate(String slug, Long templateId, MemberPrincipal redacteur) {
		requireEditor(redacteur);
		WerkvormTemplate template = this.templates.findWithWerkvorm(templateId)
			.filter((t) -> t.getWerkvorm().getSlug().equals(slug))
			.orElseThrow(() -> new NotFoundException("template " + templateId));
		this.templates.delete(template);
	}

	@Transactional(readOnly = true)
	WerkvormForm formFor(String slug, MemberPrincipal redacteur) {
		requireEditor(redacteur);
		return WerkvormForm.of(find(slug).withTags());
	}

	/** Two werkvormen with one name would look the same in every list and choice. */
	private void requireUniqueName(String name, Long except) {
		if (this.werkvormen.findByNameIgnoreCase(name).filter((other) -> !other.getId().equals(except)).isPresent()) {
			throw new RuleViolationException("toolkit.name.taken");
		}
	}

	private Werkvorm find(String slug) {
		return this.werkvormen.findBySlug(slug).orElseThrow(() -> new NotFoundException("werkvorm " + slug));
	}

	private void requireEditor(MemberPrincipal viewer) {
		if (!this.access.canEdit(viewer)) {
			throw new AccessDeniedException("only the redactie keeps the toolkit");
		}
	}

}
