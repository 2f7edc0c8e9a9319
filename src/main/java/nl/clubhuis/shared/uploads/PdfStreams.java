package nl.clubhuis.shared.uploads;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * PDFBox unpacks the streams it needs to read (cross-reference and object streams) wholly
 * in memory, whatever its memory setting. So before it opens a PDF, every
 * Flate-compressed stream is unpacked here into nothing, only counting bytes: a stream
 * that would unpack past {@link #MAX_STREAM_BYTES}, or past {@link #RATIO_FROM_BYTES} at
 * more than {@link #MAX_RATIO} times its packed size, or all of them together past
 * {@link #MAX_TOTAL_BYTES}, makes the file a decompression bomb. (Pictures in a PDF are
 * never unpacked by the check; they count here all the same.)
 */
final class PdfStreams {

	static final long MAX_STREAM_BYTES = 256L * 1024 * 1024;

	static final long RATIO_FROM_BYTES = 16L * 1024 * 1024;

	static final long MAX_RATIO = 100;

	static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

	private static final byte[] KEYWORD = "stream".getBytes(StandardCharsets.US_ASCII);

	private PdfStreams() {
	}

	static void requireNoBomb(byte[] pdf) {
		long total = 0;
		int at = indexOf(pdf, 0);
		while (at >= 0) {
			boolean end = at >= 3 && pdf[at - 3] == 'e' && pdf[at - 2] == 'n' && pdf[at - 1] == 'd';
			if (!end) {
				int start = at + KEYWORD.length;
				start += (start < pdf.length && pdf[start] == '\r') ? 1 : 0;
				start += (start < pdf.length && pdf[start] == '\n') ? 1 : 0;
				long unpacked = unpackedSize(pdf, start);
				total += unpacked;
				if (unpacked > MAX_STREAM_BYTES || total > MAX_TOTAL_BYTES) {
					throw Refusal.BOMB.exception();
				}
			}
			at = indexOf(pdf, at + KEYWORD.length);
		}
	}

	/**
	 * How many bytes the zlib data at {@code start} unpacks to, up to just past the cap.
	 */
	private static long unpackedSize(byte[] pdf, int start) {
		Inflater inflater = new Inflater();
		long count = 0;
		try {
			inflater.setInput(pdf, start, pdf.length - start);
			byte[] sink = new byte[1024 * 1024];
			while (!inflater.finished() && count <= MAX_STREAM_BYTES) {
				int n = inflater.inflate(sink);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					break;
				}
				count += n;
				if (count > RATIO_FROM_BYTES && count / Math.max(1, inflater.getBytesRead()) > MAX_RATIO) {
					throw Refusal.BOMB.exception();
				}
			}
			return count;
		}
		catch (DataFormatException ex) {
			return count;
		}
		finally {
			inflater.end();
		}
	}

	private static int indexOf(byte[] bytes, int from) {
		outer: for (int i = from; i <= bytes.length - KEYWORD.length; i++) {
			for (int j = 0; j < KEYWORD.length; j++) {
				if (bytes[i + j] != KEYWORD[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
