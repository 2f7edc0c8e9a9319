package nl.clubhuis.agenda;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EventRepository extends JpaRepository<Event, Long> {

	/**
	 * The event page: the event with its host, its report and the Doetanks presenting.
	 */
	@Query("""
			select distinct e from Event e left join fetch e.doetank left join fetch e.report
			left join fetch e.podium where e.slug = :slug""")
	Optional<Event> findBySlug(@Param("slug") String slug);

	/**
	 * The event, locked until the transaction ends: every change to its registrations
	 * goes through this lock, so places are counted one change at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Event e where e.slug = :slug")
	Optional<Event> lockBySlug(@Param("slug") String slug);

	boolean existsBySlug(String slug);

	boolean existsByTitle(String title);

	@Query(value = """
			select e from Event e left join fetch e.doetank
			where e.endsAt > :now and e.type in :types order by e.startsAt, e.id""",
			countQuery = "select count(e) from Event e where e.endsAt > :now and e.type in :types")
	Page<Event> findUpcoming(@Param("now") Instant now, @Param("types") Collection<EventType> types, Pageable pageable);

	@Query(value = """
			select e from Event e left join fetch e.doetank left join fetch e.report
			where e.endsAt <= :now and e.type in :types order by e.startsAt desc, e.id desc""",
			countQuery = "select count(e) from Event e where e.endsAt <= :now and e.type in :types")
	Page<Event> findPast(@Param("now") Instant now, @Param("types") Collection<EventType> types, Pageable pageable);

	/** For the calendar feed: what is still to come, cancelled ones included. */
	@Query("""
			select e from Event e left join fetch e.doetank
			where e.endsAt > :now and e.type in :types order by e.startsAt, e.id""")
	List<Event> findAllUpcoming(@Param("now") Instant now, @Param("types") Collection<EventType> types, Limit limit);

	/** The network's next meetings that go on, for the home page. */
	@Query("""
			select e from Event e where e.endsAt > :now and e.type in :types and e.cancelled = false
			order by e.startsAt, e.id""")
	List<Event> findNextGoingOn(@Param("now") Instant now, @Param("types") Collection<EventType> types, Limit limit);

	/** What a Doetank hosts or presents at, still to come. */
	@Query("""
			select e from Event e where e.endsAt > :now
			and (e.doetank.id = :doetank or exists (select 1 from Event p join p.podium d where p = e and d.id = :doetank))
			order by e.startsAt, e.id""")
	List<Event> findUpcomingOf(@Param("doetank") Long doetankId, @Param("now") Instant now, Limit limit);

	/** The Doetanks on the podium of each of these events, by title. */
	@Query("""
			select e.id as eventId, d.slug as slug, d.title as title from Event e join e.podium d
			where e.id in :ids order by d.title""")
	List<PodiumRow> findPodia(@Param("ids") Collection<Long> eventIds);

	interface PodiumRow {

		Long getEventId();

		String getSlug();

		String getTitle();

	}

}
