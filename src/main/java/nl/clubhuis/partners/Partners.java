package nl.clubhuis.partners;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partners page and the redactie's changes to it. */
@Service
@Transactional
public class Partners {

	/** The network has tens of partners; this only guards the page against a flood. */
	static final int MAX_LISTED = 500;

	private final PartnerRepository partners;

	private final Clock clock;

	Partners(PartnerRepository partners, Clock clock) {
		this.partners = partners;
		this.clock = clock;
	}

	/** Every kind, in order, with its partners by name (an empty list when none yet). */
	@Transactional(readOnly = true)
	public Map<PartnerKind, List<Partner>> byKind() {
		Map<PartnerKind, List<Partner>> grouped = new EnumMap<>(PartnerKind.class);
		for (PartnerKind kind : PartnerKind.values()) {
			grouped.put(kind, new java.util.ArrayList<>());
		}
		this.partners.findAllByName(Limit.of(MAX_LISTED)).forEach((p) -> grouped.get(p.getKind()).add(p));
		return grouped;
	}

	@Transactional(readOnly = true)
	Partner find(Long id) {
		return this.partners.findById(id).orElseThrow(() -> new NotFoundException("partner " + id));
	}

	/** Adds a partner; for demo data and the redactie's form. */
	public Partner add(PartnerKind kind, String name, String description, String url, MemberPrincipal redacteur) {
		requireRedactie(redacteur);
		return this.partners.save(new Partner(kind, name, description, url, this.clock.instant()));
	}

	void change(Long id, long version, PartnerForm form, MemberPrincipal redacteur) {
		requireRedactie(redacteur);
		Partner partner = find(id);
		if (partner.getVersion() != version) {
			throw new OptimisticLockingFailureException("partner " + id + " changed");
		}
		partner.change(form.getKind(), form.getName().strip(), form.getDescription().strip(), form.urlOrNull(),
				this.clock.instant());
	}

	void remove(Long id, MemberPrincipal redacteur) {
		requireRedactie(redacteur);
		this.partners.delete(find(id));
	}

	static void requireRedactie(MemberPrincipal viewer) {
		if (viewer == null || !viewer.isRedactie()) {
			throw new AccessDeniedException("only the redactie keeps the partners");
		}
	}

}
