package nl.clubhuis.toolkit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.opendata.OpenDataField;
import nl.clubhuis.opendata.OpenDataRows;
import nl.clubhuis.opendata.OpenDataset;

import org.springframework.stereotype.Component;

import static nl.clubhuis.opendata.OpenDataField.integer;
import static nl.clubhuis.opendata.OpenDataField.list;
import static nl.clubhuis.opendata.OpenDataField.text;

/**
 * Open data: every werkvorm with the phases it fits and how often public Doetanks used it
 * in each phase ({@code used_initieren} … {@code used_verbreden}). Public Doetanks are
 * read from the doetank module's {@code public_doetank} view.
 */
@Component
class WerkvormenOpenData implements OpenDataset {

	private static final String PHASE_ORDER = Stream.of(Phase.values())
		.map((phase) -> "'" + phase.name() + "'")
		.collect(Collectors.joining(", ", "ARRAY[", "]::varchar[]"));

	@Override
	public String name() {
		return "werkvormen";
	}

	@Override
	public int position() {
		return 40;
	}

	@Override
	public List<OpenDataField> fields() {
		List<OpenDataField> fields = new ArrayList<>(List.of(integer("id"), text("slug"), text("name"), text("summary"),
				text("duration"), text("group_size"), text("origin"), list("phases"), integer("used_total")));
		Stream.of(Phase.values()).forEach((phase) -> fields.add(integer(used(phase))));
		return fields;
	}

	private static String used(Phase phase) {
		return "used_" + phase.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public void write(OpenDataRows rows) {
		String perPhase = Stream.of(Phase.values())
			.map((phase) -> "count(u.id) FILTER (WHERE u.phase = '" + phase.name() + "')")
			.collect(Collectors.joining(", "));
		rows.query("""
				SELECT w.id, w.slug, w.name, w.summary, w.duration, w.group_size, w.origin,
				       ARRAY(SELECT p.phase FROM werkvorm_phase p WHERE p.werkvorm_id = w.id
				             ORDER BY array_position(%s, p.phase)),
				       count(u.id), %s
				FROM werkvorm w
				LEFT JOIN werkvorm_usage u ON u.werkvorm_id = w.id AND u.doetank_id IN (SELECT id FROM public_doetank)
				GROUP BY w.id ORDER BY w.name, w.id""".formatted(PHASE_ORDER, perPhase));
	}

}
