package nl.clubhuis.partners;

import java.util.List;
import java.util.Map;

import nl.clubhuis.member.MemberPrincipal;

/** The organisations and people around the network, kept by the redactie. */
public interface Partners {

	/** Every kind, in order, with its partners by name (an empty list when none yet). */
	Map<PartnerKind, List<PartnerEntry>> byKind();

	/** Adds a partner; the new partner's id. Only the redactie may. */
	Long add(PartnerDetails details, MemberPrincipal redacteur);

}
