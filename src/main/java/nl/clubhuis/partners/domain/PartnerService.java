package nl.clubhuis.partners.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.partners.PartnerDetails;
import nl.clubhuis.partners.PartnerEntry;
import nl.clubhuis.partners.PartnerKind;
import nl.clubhuis.partners.Partners;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partners page and the redactie's changes to it. */
@Service
@Transactional
public class PartnerService implements Partners {

	/** The network has tens of partners; this only guards the page against a flood. */
	static final int MAX_LISTED = 500;

	private final PartnerRepository partners;

	private final PartnerAccess access;

	private final Clock clock;

	PartnerService(PartnerRepository partners, PartnerAccess access, Clock clock) {
		this.partners = partners;
		this.access = access;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<PartnerKind, List<PartnerEntry>> byKind() {
		Map<PartnerKind, List<PartnerEntry>> grouped = new EnumMap<>(PartnerKind.class);
		for (PartnerKind kind : PartnerKind.values()) {
			grouped.put(kind, new ArrayList<>());
		}
		this.partners.findAllByName(Limit.of(MAX_LISTED)).forEach((p) -> grouped.get(p.getKind()).add(p.entry()));
		return grouped;
	}

	/** The partner to fill the form with. */
	@Transactional(readOnly = true)
	public Partner forEditing(Long id, MemberPrincipal redacteur) {
		this.access.requireEditor(Viewer.of(redacteur));
		return find(id);
	}

	@Override
	public Long add(PartnerDetails details, MemberPrincipal redacteur) {
		this.access.requireEditor(Viewer.of(redacteur));
		return this.partners.save(new Partner(details, this.clock.instant())).getId();
	}

	/**
	 * Changes a partner; refused when someone else saved it since the form was opened.
	 */
	public void change(Long id, long version, PartnerDetails details, MemberPrincipal redacteur) {
		this.access.requireEditor(Viewer.of(redacteur));
		Partner partner = find(id);
		if (partner.getVersion() != version) {
			throw new OptimisticLockingFailureException("partner " + id + " changed");
		}
		partner.change(details, this.clock.instant());
	}

	public void remove(Long id, MemberPrincipal redacteur) {
		this.access.requireEditor(Viewer.of(redacteur));
		this.partners.delete(find(id));
	}

	private Partner find(Long id) {
		return this.partners.findById(id).orElseThrow(() -> new NotFoundException("partner " + id));
	}

}
