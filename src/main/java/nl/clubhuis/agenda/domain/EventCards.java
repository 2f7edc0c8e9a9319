package nl.clubhuis.agenda.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.clubhuis.agenda.EventCard;
import nl.clubhuis.agenda.EventCard.ReportLink;
import nl.clubhuis.agenda.RegistrationStatus;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.shared.AmsterdamTime;

import org.springframework.stereotype.Component;

/**
 * Turns events into cards: how full, the host and the podium by title, and (for the past)
 * the report. Three queries whatever the number of events, plus the reports'.
 */
@Component
class EventCards {

	private final RegistrationRepository registrations;

	private final EventRepository events;

	private final Doetanks doetanks;

	private final ReportLinks reports;

	EventCards(RegistrationRepository registrations, EventRepository events, Doetanks doetanks, ReportLinks reports) {
		this.registrations = registrations;
		this.events = events;
		this.doetanks = doetanks;
		this.reports = reports;
	}

	/** The cards of these events, in their order; {@code withReports} on past events. */
	List<EventCard> of(List<Event> found, boolean withReports) {
		if (found.isEmpty()) {
			return List.of();
		}
		List<Long> ids = found.stream().map(Event::getId).toList();
		Map<Long, long[]> counts = new HashMap<>();
		for (RegistrationRepository.CountRow row : this.registrations.countByEvent(ids)) {
			long[] pair = counts.computeIfAbsent(row.getEventId(), (id) -> new long[2]);
			pair[(row.getStatus() == RegistrationStatus.BEVESTIGD) ? 0 : 1] = row.getCount();
		}
		Map<Long, List<Long>> podia = new HashMap<>();
		Set<Long> doetankIds = new HashSet<>();
		for (EventRepository.PodiumRow row : this.events.findPodia(ids)) {
			podia.computeIfAbsent(row.getEventId(), (id) -> new ArrayList<>()).add(row.getDoetankId());
			doetankIds.add(row.getDoetankId());
		}
		found.stream().map(Event::getHostDoetankId).filter(Objects::nonNull).forEach(doetankIds::add);
		Map<Long, DoetankRef> refs = this.doetanks.byIds(doetankIds);
		Map<Long, ReportLink> links = withReports
				? this.reports.byIds(found.stream().map(Event::getReportPostId).filter(Objects::nonNull).toList())
				: Map.of();
		return found.stream().map((event) -> {
			long[] pair = counts.getOrDefault(event.getId(), new long[2]);
			List<DoetankRef> podium = podia.getOrDefault(event.getId(), List.of())
				.stream()
				.map(refs::get)
				.filter(Objects::nonNull)
				.sorted(Comparator.comparing(DoetankRef::title, String.CASE_INSENSITIVE_ORDER))
				.toList();
			return new EventCard(event.getId(), event.getSlug(), event.getType(), event.getTitle(),
					AmsterdamTime.of(event.getStartsAt()), AmsterdamTime.of(event.getEndsAt()), event.getLocation(),
					event.isOnline(), event.getCapacity(), event.isCancelled(), find(refs, event.getHostDoetankId()),
					podium, find(links, event.getReportPostId()), pair[0], pair[1]);
		}).toList();
	}

	private static <T> T find(Map<Long, T> map, Long id) {
		return (id != null) ? map.get(id) : null;
	}

	EventCard of(Event event) {
		return of(List.of(event), true).get(0);
	}

}
