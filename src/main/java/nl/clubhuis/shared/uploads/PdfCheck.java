package nl.clubhuis.shared.uploads;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import nl.clubhuis.shared.RuleViolationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a PDF with Apache PDFBox and walks every object a reader can reach from the
 * trailer, also those packed in compressed object streams (which a byte search never
 * sees). Refused: JavaScript anywhere (actions, the document's JavaScript name tree, XFA
 * forms), launch actions, actions that send or fetch data, a web address or other file
 * opened by itself when the document opens or an event fires, and embedded files.
 */
final class PdfCheck {

	/** PDFBox's own scratch buffers stay in memory and below this. */
	private static final long PARSE_MEMORY = 64L * 1024 * 1024;

	private static final int MAX_OBJECTS = 500_000;

	private static final Set<COSName> SENDS_OR_FETCHES = Set.of(COSName.getPDFName("SubmitForm"),
			COSName.getPDFName("ImportData"));

	/** Actions that are fine on a click, never by themselves. */
	private static final Set<COSName> NOT_BY_ITSELF = Set.of(COSName.URI, COSName.getPDFName("GoToR"),
			COSName.getPDFName("GoToE"));

	private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");

	private static final COSName LAUNCH = COSName.getPDFName("Launch");

	private PdfCheck() {
	}

	static void requireSafe(byte[] bytes) {
		PdfStreams.requireNoBomb(bytes);
		try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(PARSE_MEMORY).streamCache)) {
			if (document.isEncrypted()) {
				throw Refusal.ENCRYPTED.exception();
			}
			walk(document.getDocument().getTrailer());
		}
		catch (InvalidPasswordException ex) {
			throw Refusal.ENCRYPTED.exception();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolationException refused) {
				throw refused;
			}
			throw Refusal.DAMAGED.exception();
		}
	}

	private static void walk(COSBase start) {
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSBase> todo = new ArrayDeque<>();
		todo.push(start);
		while (!todo.isEmpty()) {
			COSBase next = todo.pop();
			COSBase object = (next instanceof COSObject reference) ? reference.getObject() : next;
			if (object == null || !seen.add(object)) {
				continue;
			}
			if (seen.size() > MAX_OBJECTS) {
				throw Refusal.BOMB.exception();
			}
			if (object instanceof COSDictionary dictionary) {
				inspect(dictionary);
				dictionary.getValues().forEach(todo::push);
			}
			else if (object instanceof COSArray array) {
				array.forEach(todo::push);
			}
		}
	}

	private static void inspect(COSDictionary dictionary) {
		COSName action = dictionary.getCOSName(COSName.S);
		if (JAVASCRIPT.equals(action) || dictionary.containsKey(COSName.JS) || dictionary.containsKey(JAVASCRIPT)
				|| dictionary.containsKey(COSName.getPDFName("XFA"))) {
			throw Refusal.JAVASCRIPT.exception();
		}
		if (LAUNCH.equals(action)) {
			throw Refusal.LAUNCH.exception();
		}
		if (action != null && SENDS_OR_FETCHES.contains(action)) {
			throw Refusal.ACTION.exception();
		}
		if (dictionary.containsKey(COSName.EMBEDDED_FILES) || dictionary.containsKey(COSName.EF)
				|| COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
				|| COSName.getPDFName("FileAttachment").equals(dictionary.getCOSName(COSName.SUBTYPE))
				|| COSName.getPDFName("RichMedia").equals(dictionary.getCOSName(COSName.SUBTYPE))) {
			throw Refusal.EMBEDDED_FILE.exception();
		}
		requireNothingByItself(dictionary.getDictionaryObject(COSName.OPEN_ACTION));
		if (dictionary.getDictionaryObject(COSName.AA) instanceof COSDictionary triggers) {
			for (COSBase triggered : triggers.getValues()) {
				requireNothingByItself(triggered);
			}
		}
	}

	/**
	 * An action that runs when the document opens or an event fires, and what follows it.
	 */
	private static void requireNothingByItself(COSBase start) {
		Deque<COSBase> chain = new ArrayDeque<>();
		chain.push((start != null) ? start : COSNull.NULL);
		for (int steps = 0; !chain.isEmpty() && steps < 1_000; steps++) {
			COSBase next = chain.pop();
			COSBase object = (next instanceof COSObject reference) ? reference.getObject() : next;
			if (object instanceof COSArray array && steps > 0) {
				array.forEach(chain::push);
			}
			else if (object instanceof COSDictionary action) {
				COSName kind = action.getCOSName(COSName.S);
				if (kind != null && NOT_BY_ITSELF.contains(kind)) {
					throw Refusal.ACTION.exception();
				}
				COSBase following = action.getItem(COSName.NEXT);
				if (following != null) {
					chain.push(following);
				}
			}
		}
	}

}
