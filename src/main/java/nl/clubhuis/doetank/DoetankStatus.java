package nl.clubhuis.doetank;

import java.util.EnumSet;
import java.util.Set;

/**
 * VOORSTEL (brought in, awaiting intake) becomes ACTIEF or AFGEWEZEN, or INGETROKKEN when
 * its author takes it back (a declined or withdrawn proposal can be brought in again); an
 * active Doetank ends AFGEROND (its route completed after verbreden), AFGESLOTEN (it
 * delivered its result and closed earlier) or GESTOPT. Proposals, declined and withdrawn
 * ones are not public.
 */
public enum DoetankStatus {

	VOORSTEL, AFGEWEZEN, INGETROKKEN, ACTIEF, AFGEROND, AFGESLOTEN, GESTOPT;

	public static final Set<DoetankStatus> PUBLIC = EnumSet.of(ACTIEF, AFGEROND, AFGESLOTEN, GESTOPT);

	public boolean isPublic() {
		return PUBLIC.contains(this);
	}

}
