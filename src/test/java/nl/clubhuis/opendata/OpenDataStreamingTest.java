package nl.clubhuis.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.opendata.OpenDataDownloads.Csv;
import nl.clubhuis.opendata.domain.OpenDataExport;
import nl.clubhuis.opendata.domain.OpenDataExport.Format;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Downloads stream: a fixed number of statements per dataset whatever its size, and 5,000
 * Doetanks go out while PostgreSQL still holds the rest of them in a server-side cursor.
 * The rows these tests add are rolled back, so other tests never see them.
 */
@IntegrationTest
class OpenDataStreamingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	OpenDataExport export;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestPeople people;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void eachDownloadTakesAsManyStatementsWithFewRowsAsWithMany() {
		long member = this.people.member("Stella Statement").id();
		rolledBack(() -> {
			Map<String, Long> few = statementsPerDownload();
			addDoetanks(40, member);
			Map<String, Long> many = statementsPerDownload();
			assertThat(many).isEqualTo(few);
			// Each download first lifts PostgreSQL's statement_timeout for its
			// transaction.
			assertThat(few).as("one query per dataset; the figures are the four of /cijfers; plus SET LOCAL")
				.allSatisfy((download, count) -> assertThat(count).as(download)
					.isEqualTo(1L + (download.startsWith("/open-data/cijfers-") ? 4L : 1L)));
		});
	}

	/**
	 * The proof of constant memory, without a timer: the first bytes reach the output
	 * while the query's server-side cursor is still open ({@code pg_cursors} lists it in
	 * the same session), so the rows after them are still in PostgreSQL, not in the JVM;
	 * and every one of the 5,000 Doetanks arrives in the end.
	 */
	@Test
	void fiveThousandDoetanksStreamFromAServerSideCursor() {
		long member = this.people.member("Sam Stroom").id();
		rolledBack(() -> {
			addDoetanks(5000, member);
			int publicDoetanks = this.jdbc.queryForObject(
					"SELECT count(*) FROM doetank WHERE status IN ('ACTIEF', 'AFGEROND', 'AFGESLOTEN', 'GESTOPT')",
					Integer.class);
			for (Format format : Format.values()) {
				CursorProbe probe = new CursorProbe(this.jdbc);
				write("doetanks", format, probe);
				assertThat(probe.cursorsAtFirstWrite).as("cursors open when the first bytes of %s went out", format)
					.anySatisfy((statement) -> assertThat(statement).contains("FROM doetank WHERE status IN"));
				assertThat(probe.bytesAtFirstWrite).as("the first bytes are a small part of the download")
					.isLessThan(probe.bytes.size() / 20);
				int rows = (format == Format.CSV) ? parse(probe.bytes.toString(StandardCharsets.UTF_8)).records().size()
						: this.json.readTree(probe.bytes.toByteArray()).get("rows").size();
				assertThat(rows).as(format.name()).isEqualTo(publicDoetanks).isGreaterThanOrEqualTo(5000);
			}
		});
	}

	private Map<String, Long> statementsPerDownload() {
		Map<String, Long> counts = new LinkedHashMap<>();
		OpenDataDownloads downloads = new OpenDataDownloads(this.mvc, this.json);
		for (OpenDataset dataset : this.export.datasets()) {
			for (String format : List.of("csv", "json")) {
				String path = "/open-data/" + dataset.name() + "." + format;
				this.statements.reset();
				try {
					downloads.download(path);
				}
				catch (Exception ex) {
					throw new IllegalStateException(path, ex);
				}
				counts.put(path, this.statements.count());
			}
		}
		return counts;
	}

	/**
	 * Public Doetanks with an intake each, an event with a registration and a werkvorm
	 * used, so every dataset grows.
	 */
	private void addDoetanks(int count, long member) {
		String run = Long.toString(System.nanoTime(), 36);
		this.jdbc.update("""
				INSERT INTO doetank (slug, title, vraagstuk, theme, organisations, phase, status, start_date)
				SELECT 'stroom-' || ? || '-' || n, 'Stroom ' || n, 'Een vraagstuk.', 'DIENSTVERLENING',
				       ARRAY['Gemeente Stroom'], 'SCHETSEN', 'ACTIEF', current_date
				FROM generate_series(1, ?) n""", run, count);
		this.jdbc
			.update("""
					INSERT INTO phase_transition (doetank_id, kind, to_phase, to_status, happened_at)
					SELECT id, 'INTAKE', 'INITIEREN', 'ACTIEF', now() - interval '30 days' FROM doetank WHERE slug LIKE ?""",
					"stroom-" + run + "-%");
		this.jdbc
			.update("""
					INSERT INTO phase_transition (doetank_id, kind, from_phase, to_phase, to_status, happened_at, reason)
					SELECT id, 'OVERGANG', 'INITIEREN', 'SCHETSEN', 'ACTIEF', now(), 'Een stap.' FROM doetank WHERE slug LIKE ?""",
					"stroom-" + run + "-%");
		this.jdbc.update("""
				INSERT INTO werkvorm_usage (doetank_id, werkvorm_id, phase, recorded_by, recorded_at)
				SELECT d.id, (SELECT min(id) FROM werkvorm), 'SCHETSEN', ?, now() FROM doetank d WHERE d.slug LIKE ?""",
				member, "stroom-" + run + "-%");
		this.jdbc.update(
				"""
						INSERT INTO event (slug, type, title, description, excerpt, starts_at, ends_at, location, doetank_id,
						                   created_by, created_at, updated_at)
						SELECT 'stroom-' || d.slug, 'DOETANK', 'Overleg', 'Over de stroom.', 'Overleg.', now() + interval '1 day',
						       now() + interval '1 day 2 hours', 'Utrecht', d.id, ?, now(), now()
						FROM doetank d WHERE d.slug LIKE ?""",
				member, "stroom-" + run + "-%");
		this.jdbc.update("""
				INSERT INTO event_registration (event_id, member_id, status, registered_at)
				SELECT id, ?, 'BEVESTIGD', now() FROM event WHERE slug LIKE ?""", member,
				"stroom-stroom-" + run + "-%");
	}

	private void write(String dataset, Format format, OutputStream out) {
		try {
			this.export.write(this.export.find(dataset).orElseThrow(), format, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Csv parse(String csv) {
		try {
			return Csv.parse(csv.substring(1));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void rolledBack(Runnable work) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			status.setRollbackOnly();
			work.run();
		});
	}

	/**
	 * Collects the download; at its first write it asks PostgreSQL, in the same session
	 * and transaction, which cursors are open.
	 */
	private static final class CursorProbe extends OutputStream {

		private final JdbcTemplate jdbc;

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private List<String> cursorsAtFirstWrite;

		private int bytesAtFirstWrite;

		CursorProbe(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public void write(int b) {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.bytes.write(b, off, len);
			if (this.cursorsAtFirstWrite == null) {
				this.bytesAtFirstWrite = this.bytes.size();
				this.cursorsAtFirstWrite = this.jdbc.queryForList("SELECT statement FROM pg_cursors", String.class);
			}
		}

	}

}
