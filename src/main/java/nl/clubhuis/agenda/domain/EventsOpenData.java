package nl.clubhuis.agenda.domain;

import java.util.List;

import nl.clubhuis.opendata.OpenDataField;
import nl.clubhuis.opendata.OpenDataRows;
import nl.clubhuis.opendata.OpenDataset;

import org.springframework.stereotype.Component;

import static nl.clubhuis.opendata.OpenDataField.integer;
import static nl.clubhuis.opendata.OpenDataField.list;
import static nl.clubhuis.opendata.OpenDataField.moment;
import static nl.clubhuis.opendata.OpenDataField.text;
import static nl.clubhuis.opendata.OpenDataField.yesNo;

/**
 * Open data: every event anyone may see (the network's, and the meetings of public
 * Doetanks), with how many registered and waited, never who. Public Doetanks are read
 * from the doetank module's {@code public_doetank} view.
 */
@Component
class EventsOpenData implements OpenDataset {

	@Override
	public String name() {
		return "evenementen";
	}

	@Override
	public int position() {
		return 30;
	}

	@Override
	public List<OpenDataField> fields() {
		return List.of(integer("id"), text("slug"), text("type"), text("title"), text("excerpt"), moment("starts_at"),
				moment("ends_at"), text("location"), yesNo("online"), integer("capacity"), yesNo("cancelled"),
				integer("host_doetank_id"), list("podium_doetank_ids"), integer("registrations"),
				integer("waiting_list"));
	}

	@Override
	public void write(OpenDataRows rows) {
		rows.query("""
				SELECT e.id, e.slug, e.type, e.title, e.excerpt, e.starts_at, e.ends_at, e.location,
				       e.online_url IS NOT NULL, e.capacity, e.cancelled, e.doetank_id,
				       ARRAY(SELECT p.doetank_id::text FROM event_podium p
				             WHERE p.event_id = e.id AND p.doetank_id IN (SELECT id FROM public_doetank)
				             ORDER BY p.doetank_id),
				       (SELECT count(*) FROM event_registration r WHERE r.event_id = e.id AND r.status = 'BEVESTIGD'),
				       (SELECT count(*) FROM event_registration r WHERE r.event_id = e.id AND r.status = 'WACHTLIJST')
				FROM event e
				WHERE e.doetank_id IS NULL OR e.doetank_id IN (SELECT id FROM public_doetank)
				ORDER BY e.starts_at, e.id""");
	}

}
