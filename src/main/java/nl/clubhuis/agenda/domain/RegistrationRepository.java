package nl.clubhuis.agenda.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.clubhuis.agenda.RegistrationStatus;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	long countByEventIdAndStatus(Long eventId, RegistrationStatus status);

	/**
	 * Whether anyone is registered or waiting (a cancelled registration does not count).
	 */
	boolean existsByEventIdAndStatusNot(Long eventId, RegistrationStatus status);

	@Query("select r from Registration r join fetch r.event where r.id = :id")
	Optional<Registration> findWithEvent(@Param("id") Long id);

	/** Everyone still registered or waiting, for a message to all. */
	@Query("""
			select r from Registration r where r.event.id = :event
			and r.status <> nl.clubhuis.agenda.RegistrationStatus.GEANNULEERD""")
	List<Registration> findStillRegistered(@Param("event") Long eventId);

	/** Who is still registered or waiting, for an application event. */
	@Query("""
			select r.memberId from Registration r where r.event.id = :event
			and r.status <> nl.clubhuis.agenda.RegistrationStatus.GEANNULEERD""")
	Set<Long> findRegisteredMemberIds(@Param("event") Long eventId);

	/** The waiting list from the front, as far as {@code limit} reaches. */
	List<Registration> findByEventIdAndStatusOrderByIdAsc(Long eventId, RegistrationStatus status, Limit limit);

	@Query("""
			select r from Registration r where r.event.id = :event and r.memberId = :member
			and r.status <> nl.clubhuis.agenda.RegistrationStatus.GEANNULEERD""")
	Optional<Registration> findCurrent(@Param("event") Long eventId, @Param("member") Long memberId);

	/** Place on the waiting list: 1 for the first in line. */
	@Query("""
			select count(r) from Registration r where r.event.id = :event
			and r.status = nl.clubhuis.agenda.RegistrationStatus.WACHTLIJST and r.id <= :id""")
	long positionInQueue(@Param("event") Long eventId, @Param("id") Long registrationId);

	/** For each waiting registration of a member: its id and its place in the queue. */
	@Query("""
			select r.id as registrationId, (select count(q) from Registration q where q.event = r.event
			and q.status = nl.clubhuis.agenda.RegistrationStatus.WACHTLIJST and q.id <= r.id) as position
			from Registration r where r.memberId = :member
			and r.status = nl.clubhuis.agenda.RegistrationStatus.WACHTLIJST""")
	List<PositionRow> findPositionsOf(@Param("member") Long memberId);

	/** Confirmed and waiting registrations per event, for a list of events. */
	@Query("""
			select r.event.id as eventId, r.status as status, count(r) as count from Registration r
			where r.event.id in :ids and r.status <> nl.clubhuis.agenda.RegistrationStatus.GEANNULEERD
			group by r.event.id, r.status""")
	List<CountRow> countByEvent(@Param("ids") Collection<Long> eventIds);

	/** Who is coming and who waits, for the door list, in the order they registered. */
	@Query("""
			select r from Registration r where r.event.id = :event
			and r.status <> nl.clubhuis.agenda.RegistrationStatus.GEANNULEERD order by r.id""")
	List<Registration> findAttendees(@Param("event") Long eventId);

	@Query("""
			select r from Registration r join fetch r.event e where r.memberId = :member and e.endsAt > :now
			and r.status <> nl.clubhuis.agenda.RegistrationStatus.GEANNULEERD order by e.startsAt""")
	List<Registration> findUpcomingOf(@Param("member") Long memberId, @Param("now") Instant now);

	@Query("""
			select r from Registration r join fetch r.event e where r.memberId = :member and e.endsAt > :now
			and r.status <> nl.clubhuis.agenda.RegistrationStatus.GEANNULEERD order by e.startsAt""")
	List<Registration> findUpcomingOf(@Param("member") Long memberId, @Param("now") Instant now, Limit limit);

	/** Where the member was: past events that took place, with a place for them. */
	@Query(value = """
			select r from Registration r join fetch r.event e where r.memberId = :member and e.endsAt <= :now
			and e.cancelled = false and r.status = nl.clubhuis.agenda.RegistrationStatus.BEVESTIGD
			order by e.startsAt desc""", countQuery = """
			select count(r) from Registration r where r.memberId = :member and r.event.endsAt <= :now
			and r.event.cancelled = false and r.status = nl.clubhuis.agenda.RegistrationStatus.BEVESTIGD""")
	Page<Registration> findPastOf(@Param("member") Long memberId, @Param("now") Instant now, Pageable pageable);

	interface PositionRow {

		Long getRegistrationId();

		long getPosition();

	}

	interface CountRow {

		Long getEventId();

		RegistrationStatus getStatus();

		long getCount();

	}

}
