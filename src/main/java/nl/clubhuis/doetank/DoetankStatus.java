package nl.clubhuis.doetank;

import java.util.EnumSet;
import java.util.Set;

/**
 * VOORSTEL (brought in, awaiting intake) becomes ACTIEF or AFGEWEZEN; an active Doetank
 * ends AFGEROND or GESTOPT. Proposals and declined proposals are not public.
 */
public enum DoetankStatus {

	VOORSTEL, AFGEWEZEN, ACTIEF, AFGEROND, GESTOPT;

	public static final Set<DoetankStatus> PUBLIC = EnumSet.of(ACTIEF, AFGEROND, GESTOPT);

	public boolean isPublic() {
		return PUBLIC.contains(this);
	}

}
