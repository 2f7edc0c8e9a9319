package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankRepository;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Doetanks other pages show as cards, such as the home page: one query per list, and
 * never the Doetank itself.
 */
@Service
@Transactional(readOnly = true)
public class DoetankCards {

	private final DoetankRepository doetanks;

	DoetankCards(DoetankRepository doetanks) {
		this.doetanks = doetanks;
	}

	/** Active Doetanks looking for members, most recently changed first. */
	public List<DoetankCard> lookingForMembers(int howMany) {
		return this.doetanks.findLookingForMembers(Limit.of(howMany)).stream().map(Doetank::card).toList();
	}

	/**
	 * Doetanks this member takes part in, most recently active first.
	 */
	public List<DoetankCard> involving(Long memberId, int howMany) {
		return this.doetanks.findInvolving(memberId, Limit.of(howMany)).stream().map(Doetank::card).toList();
	}

	/** How many public Doetanks there are of each public status (zero included). */
	public Map<DoetankStatus, Long> publicCountsByStatus() {
		Map<DoetankStatus, Long> counts = new EnumMap<>(DoetankStatus.class);
		DoetankStatus.PUBLIC.forEach((status) -> counts.put(status, 0L));
		this.doetanks.countByStatus(DoetankStatus.PUBLIC).forEach((row) -> counts.put(row.getStatus(), row.getCount()));
		return counts;
	}

}
