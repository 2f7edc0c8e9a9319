package nl.clubhuis.toolkit.domain;

import java.time.Clock;
import java.util.Optional;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.shared.SentTwice;
import nl.clubhuis.shared.uploads.CheckedDocument;
import nl.clubhuis.shared.uploads.DocumentCheck;
import nl.clubhuis.toolkit.WerkvormContent;
import nl.clubhuis.toolkit.WerkvormService;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The redactie writes, changes and removes werkvormen and their template files. */
@Service
@Transactional
public class WerkvormEditor implements WerkvormService {

	private static final String NAMING = "werkvorm-name";

	private final WerkvormRepository werkvormen;

	private final WerkvormTemplateRepository templates;

	private final WerkvormUsageRepository usages;

	private final DocumentCheck uploads;

	private final ToolkitAccess access;

	private final Clock clock;

	private final SentTwice sentTwice;

	WerkvormEditor(WerkvormRepository werkvormen, WerkvormTemplateRepository templates, WerkvormUsageRepository usages,
			DocumentCheck uploads, ToolkitAccess access, Clock clock, SentTwice sentTwice) {
		this.werkvormen = werkvormen;
		this.templates = templates;
		this.usages = usages;
		this.uploads = uploads;
		this.access = access;
		this.clock = clock;
		this.sentTwice = sentTwice;
	}

	@Override
	public String create(WerkvormContent content, MemberPrincipal redacteur) {
		this.access.requireEditor(Viewer.of(redacteur));
		// Names are unique, so new and renamed werkvormen wait for each other. The same
		// werkvorm sent again by anyone (it has no author) is the one just made.
		this.sentTwice.lockFor(NAMING, 0);
		Optional<Werkvorm> sameName = this.werkvormen.findByNameIgnoreCase(content.name());
		if (sameName.filter((earlier) -> earlier.isJustMadeFrom(content, SentTwice.since(this.clock.instant())))
			.isPresent()) {
			return sameName.get().getSlug();
		}
		WerkvormNaming.requireUniqueName(sameName.map(Werkvorm::getId), null);
		String slug = WerkvormNaming.slugFor(content.name(), this.werkvormen::existsBySlug);
		this.werkvormen.save(new Werkvorm(slug, content, this.clock.instant()));
		return slug;
	}

	/** The werkvorm with its tags, to fill the form. */
	@Transactional(readOnly = true)
	public Werkvorm forEditing(String slug, MemberPrincipal redacteur) {
		this.access.requireEditor(Viewer.of(redacteur));
		return find(slug).withTags();
	}

	/**
	 * Changes the texts; refused when someone else saved it since the form was opened.
	 */
	public void change(String slug, long version, WerkvormContent content, MemberPrincipal redacteur) {
		this.access.requireEditor(Viewer.of(redacteur));
		this.sentTwice.lockFor(NAMING, 0);
		Werkvorm werkvorm = find(slug);
		if (werkvorm.getVersion() != version) {
			throw new OptimisticLockingFailureException("werkvorm " + slug + " changed");
		}
		WerkvormNaming.requireUniqueName(idNamed(content.name()), werkvorm.getId());
		werkvorm.change(content, this.clock.instant());
	}

	/**
	 * Only a werkvorm no Doetank recorded may go: their records would lose their meaning.
	 */
	public void remove(String slug, MemberPrincipal redacteur) {
		this.access.requireEditor(Viewer.of(redacteur));
		Werkvorm werkvorm = find(slug);
		if (this.usages.existsByWerkvormId(werkvorm.getId())) {
			throw new RuleViolationException("toolkit.remove.inUse");
		}
		this.werkvormen.delete(werkvorm);
	}

	/**
	 * A werkvorm a Doetank used stays, but the network may stop recommending it, with a
	 * word why on its page.
	 */
	public void retire(String slug, String note, MemberPrincipal redacteur) {
		this.access.requireEditor(Viewer.of(redacteur));
		find(slug).retire(note, this.clock.instant());
	}

	public void recommendAgain(String slug, MemberPrincipal redacteur) {
		this.access.requireEditor(Viewer.of(redacteur));
		find(slug).recommendAgain(this.clock.instant());
	}

	@Override
	public void addTemplate(String slug, String title, String originalName, byte[] bytes, MemberPrincipal redacteur) {
		this.access.requireEditor(Viewer.of(redacteur));
		Werkvorm werkvorm = find(slug);
		CheckedDocument checked = this.uploads.check(originalName, bytes);
		this.templates.save(new WerkvormTemplate(werkvorm, title, checked, redacteur.id(), this.clock.instant()));
	}

	public void removeTemplate(String slug, Long templateId, MemberPrincipal redacteur) {
		this.access.requireEditor(Viewer.of(redacteur));
		WerkvormTemplate template = this.templates.findWithWerkvorm(templateId)
			.filter((t) -> t.getWerkvorm().getSlug().equals(slug))
			.orElseThrow(() -> new NotFoundException("template " + templateId));
		this.templates.delete(template);
	}

	private Optional<Long> idNamed(String name) {
		return this.werkvormen.findByNameIgnoreCase(name).map(Werkvorm::getId);
	}

	private Werkvorm find(String slug) {
		return this.werkvormen.findBySlug(slug).orElseThrow(() -> new NotFoundException("werkvorm " + slug));
	}

}
