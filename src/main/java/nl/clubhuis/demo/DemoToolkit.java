package nl.clubhuis.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankToolkit;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.partners.PartnerDetails;
import nl.clubhuis.partners.PartnerEntry;
import nl.clubhuis.partners.PartnerKind;
import nl.clubhuis.partners.Partners;
import nl.clubhuis.toolkit.ToolkitCatalog;
import nl.clubhuis.toolkit.WerkvormService;
import nl.clubhuis.toolkit.WerkvormUsages;

/**
 * The werkvormen real Doetanks used (from the network's own reports), the partners the
 * network named, and a business case spreadsheet to download. The werkvormen themselves
 * come with the database (migration V16). Loading twice adds nothing.
 */
class DemoToolkit {

	private record Usage(String doetank, String werkvorm, Phase phase, String note) {
	}

	private static final List<Usage> USAGES = List.of(
			new Usage(DemoDataLoader.KENNISBEHOUD, "pitch", Phase.ADOPTEREN,
					"We pitchten drie ideeën bij het management van het Kadaster: een kennisspeurtocht, een "
							+ "interviewtechniek en video-opnamen van vakmanschap in het veld. De speurtocht viel af; "
							+ "de andere twee gingen verder onder een schriftelijke opdracht."),
			new Usage(DemoDataLoader.KENNISBEHOUD, "kennis-leerkring", Phase.VERBREDEN,
					"Na het experiment werkte de groep nog een jaar als kenniskring, met kleine opdrachten voor "
							+ "gemeenten. Organisaties herkennen het vraagstuk, maar willen maatwerk."),
			new Usage("slim-en-verantwoord-innen", "casusonderzoek", Phase.INITIEREN,
					"Eén casus zette alles in gang: een alleenstaande moeder in de schuldhulp die door de "
							+ "parketpolitie werd aangesproken over een oude boete. Die casus liet zien hoe slecht "
							+ "schuldeisers van de overheid en de schuldhulp samenwerken."),
			new Usage("slim-en-verantwoord-innen", "supporter-inschakelen", Phase.VERBREDEN,
					"Onze supporters brachten het vraagstuk tot op het niveau van DG, SG en minister. In Den Haag "
							+ "leverde dat weinig op; in Amsterdam volgden wel pilots."),
			new Usage("maatschappelijk-rekenkameronderzoek", "storytelling", Phase.EXPERIMENTEREN,
					"We onderzochten de afhandeling van bezwaarschriften in De Ronde Venen van buiten naar binnen: "
							+ "kwam het beleid aan bij inwoners, in plaats van alleen: is het uitgevoerd? Het rapport "
							+ "leidde tot een raadsdebat met leervragen in plaats van oordelen."),
			new Usage("gemeente-zonder-huis-1-loslaten", "gatekeepers-overleg", Phase.ADOPTEREN,
					"Onze Doetank was in april 2014 het onderwerp van het allereerste gatekeepers-overleg. "
							+ "Molenwaard paste de methode toen al zelf toe, zonder coaches van het netwerk."));

	private record DemoPartner(PartnerKind kind, String name, String description, String url) {
	}

	private static final List<DemoPartner> PARTNERS = List.of(
			new DemoPartner(PartnerKind.CONSORTIUM, "Kennisland",
					"Penvoerder van het consortium. Denktank voor maatschappelijke innovatie; zette onder meer "
							+ "het Social Lab Amsteldorp op.",
					"https://www.kennisland.nl"),
			new DemoPartner(PartnerKind.CONSORTIUM, "Kafkabrigade",
					"Brengt het casusonderzoek in: één verhaal van een burger die vastloopt, uitgezocht met alle "
							+ "betrokken instanties. Zette het gatekeepers-overleg op en ontwikkelde een "
							+ "coachopleiding.",
					null),
			new DemoPartner(PartnerKind.CONSORTIUM, "TNO",
					"Onderzocht hoe Doetanks werken en wat ze opleveren, en ontwikkelde de matrix die urgentie "
							+ "en opschaalkans inschat.",
					"https://www.tno.nl"),
			new DemoPartner(PartnerKind.FINANCIER, "Beter Werken in het Openbaar Bestuur (BWOB)",
					"Maakte het netwerk mogelijk: BWOB, het interbestuurlijke programma Beter Werken in het "
							+ "Openbaar Bestuur, financierde het consortium namens het ministerie van BZK.",
					null),
			new DemoPartner(PartnerKind.STRATEGISCH, "VNG",
					"De Vereniging van Nederlandse Gemeenten: brengt resultaten bij gemeenten. Nam in 2014 het "
							+ "programma Intercollegiale professionalisering over.",
					"https://vng.nl"),
			new DemoPartner(PartnerKind.STRATEGISCH, "KING",
					"Kwaliteitsinstituut Nederlandse Gemeenten: helpt oplossingen van Doetanks te verspreiden "
							+ "onder gemeenten.",
					null),
			new DemoPartner(PartnerKind.STRATEGISCH, "Ministerie van BZK (APS, OPR, DGOBR)",
					"Directies van het ministerie die over de publieke sector als werkgever en over de rijksdienst gaan; "
							+ "strategisch partner voor vraagstukken die het Rijk raken.",
					null),
			new DemoPartner(PartnerKind.KENNIS, "Ambtenaar 2.0",
					"Netwerk van ambtenaren die nieuwe media gebruiken in hun werk. We delen kanalen en "
							+ "verwijzen mensen naar elkaar door.",
					null),
			new DemoPartner(PartnerKind.KENNIS, "InAxis",
					"Voorganger van het netwerk (2002-2009): ongeveer honderd experimenten in het openbaar bestuur. "
							+ "Veel werkvormen in de toolkit, zoals de Rakeling en Casusadoptie, komen hier vandaan.",
					null));

	private final WerkvormUsages usages;

	private final WerkvormService werkvormen;

	private final ToolkitCatalog catalog;

	private final DoetankToolkit recorded;

	private final Doetanks doetanks;

	private final MemberDirectory members;

	private final Partners partners;

	DemoToolkit(WerkvormUsages usages, WerkvormService werkvormen, ToolkitCatalog catalog, DoetankToolkit recorded,
			Doetanks doetanks, MemberDirectory members, Partners partners) {
		this.usages = usages;
		this.werkvormen = werkvormen;
		this.catalog = catalog;
		this.recorded = recorded;
		this.doetanks = doetanks;
		this.members = members;
		this.partners = partners;
	}

	/** How many usages, partners and files were added. */
	int load(MemberPrincipal redacteur) {
		int added = 0;
		for (Usage usage : USAGES) {
			DoetankRef doetank = this.doetanks.findBySlug(usage.doetank())
				.orElseThrow(() -> new IllegalStateException("no demo Doetank " + usage.doetank()));
			boolean known = this.recorded.usedBy(doetank)
				.stream()
				.anyMatch((u) -> u.path().endsWith("/" + usage.werkvorm()) && u.phase() == usage.phase());
			if (!known) {
				this.usages.record(usage.doetank(), usage.werkvorm(), usage.phase(), usage.note(), trekkerOf(doetank));
				added++;
			}
		}
		Set<String> named = this.partners.byKind()
			.values()
			.stream()
			.flatMap(List::stream)
			.map(PartnerEntry::name)
			.collect(Collectors.toSet());
		for (DemoPartner partner : PARTNERS) {
			if (!named.contains(partner.name())) {
				this.partners.add(
						new PartnerDetails(partner.kind(), partner.name(), partner.description(), partner.url()),
						redacteur);
				added++;
			}
		}
		if (this.catalog.templates("business-case").isEmpty()) {
			this.werkvormen.addTemplate("business-case", "Businesscase-rekenblad", "businesscase.ods",
					businessCaseSpreadsheet(), redacteur);
			added++;
		}
		return added;
	}

	/** The Doetank's trekker (the first, should it have more than one) records for it. */
	private MemberPrincipal trekkerOf(DoetankRef doetank) {
		Long trekker = this.doetanks.team(doetank.id())
			.active()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().contains(MembershipRole.TREKKER))
			.map(java.util.Map.Entry::getKey)
			.min(Long::compare)
			.orElseThrow(() -> new IllegalStateException("no trekker in " + doetank.slug()));
		return this.members.actingAs(trekker).orElseThrow();
	}

	/**
	 * A small OpenDocument spreadsheet: costs and benefits in money, time and quality.
	 */
	static byte[] businessCaseSpreadsheet() {
		String[][] rows = { { "Kosten of baten", "Soort", "Omschrijving", "Hoeveel", "Voor wie" },
				{ "Kosten", "Geld", "", "", "" }, { "Kosten", "Tijd", "", "", "" },
				{ "Kosten", "Kwaliteit", "", "", "" }, { "Baten", "Geld", "", "", "" }, { "Baten", "Tijd", "", "", "" },
				{ "Baten", "Kwaliteit", "", "", "" } };
		StringBuilder table = new StringBuilder();
		for (String[] row : rows) {
			table.append("<table:table-row>");
			for (String cell : row) {
				table.append("<table:table-cell office:value-type=\"string\"><text:p>")
					.append(cell)
					.append("</text:p></table:table-cell>");
			}
			table.append("</table:table-row>");
		}
		String content = """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
				xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
				xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
				<office:body><office:spreadsheet><table:table table:name="Business case">%s</table:table>\
				</office:spreadsheet></office:body></office:document-content>""".formatted(table);
		String manifest = """
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
				manifest:version="1.2">
				<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
				<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
				</manifest:manifest>""";
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				// The format wants "mimetype" first and uncompressed.
				byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
				ZipEntry entry = new ZipEntry("mimetype");
				entry.setMethod(ZipEntry.STORED);
				entry.setSize(mimetype.length);
				CRC32 crc = new CRC32();
				crc.update(mimetype);
				entry.setCrc(crc.getValue());
				zip.putNextEntry(entry);
				zip.write(mimetype);
				zip.closeEntry();
				zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
				zip.write(manifest.getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
				zip.putNextEntry(new ZipEntry("content.xml"));
				zip.write(content.getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
