package nl.clubhuis.opendata.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import javax.sql.DataSource;

import nl.clubhuis.opendata.OpenDataField;
import nl.clubhuis.opendata.OpenDataRows;
import nl.clubhuis.opendata.OpenDataset;
import nl.clubhuis.shared.ClubhuisProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams a dataset into CSV or JSON. The rows come from a server-side cursor: in a
 * read-only transaction (so autocommit is off) with a small fetch size, PostgreSQL's
 * driver holds {@value #FETCH_SIZE} rows at a time, and each row is written to the
 * response before the next is read. A download of the whole database therefore needs the
 * same memory as one of ten rows.
 * <p>
 * The price is a transaction and a pooled connection for as long as the client takes to
 * read, so only {@code clubhuis.open-data.downloads} downloads run at once (a caller
 * takes a {@link #slot()} first), and each statement may take at most
 * {@code clubhuis.open-data.timeout-seconds} in the database (the transaction's timeout,
 * and PostgreSQL's {@code statement_timeout} for the transaction).
 */
@Service
public class OpenDataExport {

	static final int FETCH_SIZE = 200;

	private final List<OpenDataset> datasets;

	private final JdbcTemplate streaming;

	private final TransactionTemplate readOnly;

	private final JsonMapper json;

	private final Semaphore downloads;

	private final long timeoutMillis;

	OpenDataExport(List<OpenDataset> datasets, DataSource dataSource, PlatformTransactionManager transactions,
			JsonMapper json, ClubhuisProperties properties) {
		this.datasets = datasets.stream().sorted(Comparator.comparingInt(OpenDataset::position)).toList();
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(FETCH_SIZE);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readOnly.setTimeout(properties.openData().timeoutSeconds());
		this.json = json;
		this.downloads = new Semaphore(properties.openData().downloads());
		this.timeoutMillis = properties.openData().timeoutSeconds() * 1000L;
	}

	/**
	 * A place for one download, to close when it is done; empty when as many downloads as
	 * allowed are running.
	 */
	public Optional<Slot> slot() {
		return this.downloads.tryAcquire() ? Optional.of(new Slot(this.downloads)) : Optional.empty();
	}

	/** One running download's place; closing it twice frees it once. */
	public static final class Slot implements AutoCloseable {

		private final Semaphore downloads;

		private boolean open = true;

		private Slot(Semaphore downloads) {
			this.downloads = downloads;
		}

		@Override
		public synchronized void close() {
			if (this.open) {
				this.open = false;
				this.downloads.release();
			}
		}

	}

	/** Every dataset, in the order of the page. */
	public List<OpenDataset> datasets() {
		return this.datasets;
	}

	public Optional<OpenDataset> find(String name) {
		return this.datasets.stream().filter((dataset) -> dataset.name().equals(name)).findFirst();
	}

	/** Writes every row of the dataset to {@code out}, and closes it. */
	public void write(OpenDataset dataset, Format format, OutputStream out) throws IOException {
		RowSink sink = (format == Format.CSV) ? new CsvSink(out) : new JsonSink(this.json, out);
		try {
			this.readOnly.executeWithoutResult((status) -> {
				// PostgreSQL's own limit for a page's statements (10 s) is lifted to the
				// download's for this transaction only.
				this.streaming.execute("SET LOCAL statement_timeout = " + this.timeoutMillis);
				try {
					sink.start(dataset.name(), dataset.fields());
					dataset.write(new StreamingRows(dataset.fields(), sink));
					sink.end();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	public enum Format {

		CSV, JSON

	}

	/** Each row goes to the sink as the cursor delivers it. */
	private final class StreamingRows implements OpenDataRows {

		private final List<OpenDataField> fields;

		private final RowSink sink;

		StreamingRows(List<OpenDataField> fields, RowSink sink) {
			this.fields = fields;
			this.sink = sink;
		}

		@Override
		public void query(String sql, Object... args) {
			OpenDataExport.this.streaming.query(sql, (row) -> {
				Object[] values = new Object[this.fields.size()];
				for (int i = 0; i < values.length; i++) {
					values[i] = Cells.read(row, i + 1, this.fields.get(i).type());
				}
				write(values);
			}, args);
		}

		@Override
		public void row(Object... values) {
			if (values.length != this.fields.size()) {
				throw new IllegalArgumentException(
						"a row of " + values.length + " values for " + this.fields.size() + " fields");
			}
			write(Cells.of(this.fields, values));
		}

		private void write(Object[] values) {
			try {
				this.sink.row(values);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
