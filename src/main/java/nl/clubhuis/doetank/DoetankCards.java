package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankRepository;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Doetanks other pages show as cards, such as the home page: one query per list, and
 * never the Doetank itself.
 */
@Service
@Transactional(readOnly = true)
public class DoetankCards {

	private final DoetankRepository doetanks;

	private final JdbcClient jdbc;

	DoetankCards(DoetankRepository doetanks, JdbcClient jdbc) {
		this.doetanks = doetanks;
		this.jdbc = jdbc;
	}

	/** Active Doetanks looking for members, most recently changed first. */
	public List<DoetankCard> lookingForMembers(int howMany) {
		return this.doetanks.findLookingForMembers(Limit.of(howMany)).stream().map(Doetank::card).toList();
	}

	/**
	 * The ids of the Doetanks this member takes part in, most recently active first: for
	 * a page that keeps each card's markup ({@link #byIds} reads them when it is not
	 * kept).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Long> idsInvolving(Long memberId, int howMany) {
		// One plain statement: asked on every visit of a member's home page.
		return this.jdbc.sql("""
				SELECT d.id FROM doetank d
				WHERE EXISTS (SELECT 1 FROM membership m
				              WHERE m.doetank_id = d.id AND m.member_id = :member AND m.state = 'ACTIEF')
				ORDER BY d.updated_at DESC, d.id
				LIMIT :howMany""").param("member", memberId).param("howMany", howMany).query(Long.class).list();
	}

	/** These Doetanks as cards, by id; ids that match nothing are left out. One query. */
	public Map<Long, DoetankCard> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.doetanks.findAllById(ids)
			.stream()
			.map(Doetank::card)
			.collect(Collectors.toMap(DoetankCard::id, Function.identity()));
	}

	/** How many public Doetanks there are of each public status (zero included). */
	public Map<DoetankStatus, Long> publicCountsByStatus() {
		Map<DoetankStatus, Long> counts = new EnumMap<>(DoetankStatus.class);
		DoetankStatus.PUBLIC.forEach((status) -> counts.put(status, 0L));
		this.doetanks.countByStatus(DoetankStatus.PUBLIC).forEach((row) -> counts.put(row.getStatus(), row.getCount()));
		return counts;
	}

}
