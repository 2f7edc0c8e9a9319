package nl.clubhuis.shared.uploads;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader for XML inside uploaded files: no DTDs and no external entities, so a
 * file can neither read the server's files nor blow up through entity expansion.
 */
final class SafeXml {

	private static final XMLInputFactory FACTORY = factory();

	private SafeXml() {
	}

	/** What to do at each start element; it may throw a refusal. */
	@FunctionalInterface
	interface StartElements {

		void at(XMLStreamReader element) throws XMLStreamException;

	}

	/** Reads the whole document, calling {@code each} at every start element. */
	static void scan(InputStream in, StartElements each) throws IOException {
		try {
			XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
			try {
				while (reader.hasNext()) {
					if (reader.next() == XMLStreamReader.START_ELEMENT) {
						each.at(reader);
					}
				}
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException ex) {
			throw Refusal.DAMAGED.exception();
		}
		finally {
			in.close();
		}
	}

	/** The value of the attribute with this local name, whatever its namespace; or "". */
	static String attribute(XMLStreamReader element, String localName) {
		for (int i = 0; i < element.getAttributeCount(); i++) {
			if (element.getAttributeLocalName(i).equals(localName)) {
				return element.getAttributeValue(i);
			}
		}
		return "";
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}

}
