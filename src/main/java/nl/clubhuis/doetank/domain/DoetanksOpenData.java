package nl.clubhuis.doetank.domain;

import java.util.List;
import java.util.stream.Collectors;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.opendata.OpenDataField;
import nl.clubhuis.opendata.OpenDataRows;
import nl.clubhuis.opendata.OpenDataset;

import org.springframework.stereotype.Component;

import static nl.clubhuis.opendata.OpenDataField.date;
import static nl.clubhuis.opendata.OpenDataField.integer;
import static nl.clubhuis.opendata.OpenDataField.list;
import static nl.clubhuis.opendata.OpenDataField.text;
import static nl.clubhuis.opendata.OpenDataField.yesNo;

/**
 * Open data: every public Doetank (not a proposal, not a declined or withdrawn one) with
 * what its page shows about the vraagstuk and where it got; organisations, never people.
 */
@Component
class DoetanksOpenData implements OpenDataset {

	private static final String PUBLIC = DoetankStatus.PUBLIC.stream()
		.map((status) -> "'" + status.name() + "'")
		.collect(Collectors.joining(", "));

	@Override
	public String name() {
		return "doetanks";
	}

	@Override
	public int position() {
		return 10;
	}

	@Override
	public List<OpenDataField> fields() {
		return List.of(integer("id"), text("slug"), text("title"), text("theme"), list("organisations"),
				text("vraagstuk"), text("ambition"), text("phase"), text("status"), date("start_date"),
				date("record_ends_on"), text("result"), text("stop_reason"), text("lessons"), yesNo("diffusietank"),
				integer("adopter_count"));
	}

	@Override
	public void write(OpenDataRows rows) {
		rows.query("""
				SELECT id, slug, title, theme, organisations, vraagstuk, ambition, phase, status, start_date,
				       record_ends_on, result, stop_reason, lessons, diffusietank, adopter_count
				FROM doetank WHERE status IN (%s) ORDER BY id""".formatted(PUBLIC));
	}

}
