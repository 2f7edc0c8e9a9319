package nl.clubhuis.shared.uploads;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An Office or OpenDocument file read as the ZIP archive it is, through its central
 * directory (as Office reads it), with limits: at most {@link #MAX_ENTRIES} entries, at
 * most {@link #MAX_TOTAL_BYTES} when all is unpacked, no entry that unpacks more than
 * {@link #MAX_RATIO} times its packed size, and no entry that unpacks to more than it
 * says. Past any of them the file is a decompression bomb.
 */
final class ZipArchive implements Closeable {

	static final int MAX_ENTRIES = 5_000;

	static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;

	static final int MAX_RATIO = 100;

	/** Small entries (a few repeated characters) may pack better than the ratio. */
	private static final long RATIO_FROM_BYTES = 1024 * 1024;

	private final Path file;

	private final ZipFile zip;

	private final List<String> names;

	private ZipArchive(Path file, ZipFile zip) {
		this.file = file;
		this.zip = zip;
		this.names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
	}

	/** Opens the archive (ZipFile needs a file); refused when it passes a limit. */
	static ZipArchive open(byte[] bytes) {
		Path temporary = null;
		try {
			temporary = Files.createTempFile("clubhuis-upload", ".zip");
			Files.write(temporary, bytes);
			ZipArchive archive = new ZipArchive(temporary, new ZipFile(temporary.toFile()));
			archive.requireWithinLimits();
			return archive;
		}
		catch (ZipException ex) {
			delete(temporary);
			throw Refusal.DAMAGED.exception();
		}
		catch (IOException ex) {
			delete(temporary);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			delete(temporary);
			throw ex;
		}
	}

	private void requireWithinLimits() throws IOException {
		if (this.zip.size() > MAX_ENTRIES) {
			close();
			throw Refusal.BOMB.exception();
		}
		long total = 0;
		for (ZipEntry entry : Collections.list(this.zip.entries())) {
			long size = entry.getSize();
			long packed = Math.max(1, entry.getCompressedSize());
			total += size;
			if (size < 0 || total > MAX_TOTAL_BYTES || (size > RATIO_FROM_BYTES && size / packed > MAX_RATIO)) {
				close();
				throw Refusal.BOMB.exception();
			}
		}
	}

	List<String> names() {
		return this.names;
	}

	boolean has(String name) {
		return this.zip.getEntry(name) != null;
	}

	/** The unpacked entry, cut off as a bomb when it unpacks to more than it says. */
	InputStream read(String name) throws IOException {
		ZipEntry entry = this.zip.getEntry(name);
		return new Limited(this.zip.getInputStream(entry), entry.getSize());
	}

	@Override
	public void close() throws IOException {
		try {
			this.zip.close();
		}
		finally {
			delete(this.file);
		}
	}

	private static void delete(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// A temporary file left behind is removed by the system's own clean-up.
		}
	}

	private static final class Limited extends FilterInputStream {

		private long left;

		Limited(InputStream in, long limit) {
			super(in);
			this.left = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count((b >= 0) ? 1 : 0);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) {
			this.left -= n;
			if (this.left < 0) {
				throw Refusal.BOMB.exception();
			}
		}

	}

}
