package nl.clubhuis.agenda.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import nl.clubhuis.agenda.EventType;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EventRepository extends JpaRepository<Event, Long> {

	/** The event page: the event with the Doetanks presenting. */
	@Query("select distinct e from Event e left join fetch e.podiumDoetankIds where e.slug = :slug")
	Optional<Event> findBySlug(@Param("slug") String slug);

	/**
	 * The event, locked until the transaction ends: every change to its registrations
	 * goes through this lock, so places are counted one change at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Event e where e.slug = :slug")
	Optional<Event> lockBySlug(@Param("slug") String slug);

	boolean existsBySlug(String slug);

	Optional<Event> findByCreatedByIdAndFormToken(Long createdById, String formToken);

	boolean existsByTitle(String title);

	@Query(value = """
			select e from Event e
			where e.endsAt > :now and e.type in :types order by e.startsAt, e.id""",
			countQuery = "select count(e) from Event e where e.endsAt > :now and e.type in :types")
	Page<Event> findUpcoming(@Param("now") Instant now, @Param("types") Collection<EventType> types, Pageable pageable);

	@Query(value = """
			select e from Event e
			where e.endsAt <= :now and e.type in :types order by e.startsAt desc, e.id desc""",
			countQuery = "select count(e) from Event e where e.endsAt <= :now and e.type in :types")
	Page<Event> findPast(@Param("now") Instant now, @Param("types") Collection<EventType> types, Pageable pageable);

	/** For the calendar feed: what is still to come, cancelled ones included. */
	@Query("""
			select e from Event e
			where e.endsAt > :now and e.type in :types order by e.startsAt, e.id""")
	List<Event> findAllUpcoming(@Param("now") Instant now, @Param("types") Collection<EventType> types, Limit limit);

	/** The network's next meetings that go on, for the home page. */
	@Query("""
			select e from Event e where e.endsAt > :now and e.type in :types and e.cancelled = false
			order by e.startsAt, e.id""")
	List<Event> findNextGoingOn(@Param("now") Instant now, @Param("types") Collection<EventType> types, Limit limit);

	/**
	 * What a Doetank hosts or presents at, still to come. The union reads the Doetank's
	 * own events and podia by index; an "or" here made PostgreSQL check every future
	 * event.
	 */
	@Query("""
			select e from Event e where e.endsAt > :now
			and e.id in (select h.id from Event h where h.hostDoetankId = :doetank
			             union select p.id from Event p join p.podiumDoetankIds d where d = :doetank)
			order by e.startsAt, e.id""")
	List<Event> findUpcomingOf(@Param("doetank") Long doetankId, @Param("now") Instant now, Limit limit);

	/** The Doetanks on the podium of each of these events. */
	@Query("select e.id as eventId, d as doetankId from Event e join e.podiumDoetankIds d where e.id in :ids")
	List<PodiumRow> findPodia(@Param("ids") Collection<Long> eventIds);

	interface PodiumRow {

		Long getEventId();

		Long getDoetankId();

	}

}
