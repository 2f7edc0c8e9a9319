package nl.clubhuis.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.documents.DocumentKind;
import nl.clubhuis.documents.DoetankDocuments;
import nl.clubhuis.documents.NewDocument;
import nl.clubhuis.documents.Visibility;
import nl.clubhuis.member.MemberPrincipal;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plan van aanpak and a business case, as small generated PDFs, on the demo trekker's
 * Doetank; the business case for the team only. Loading twice adds nothing.
 */
class DemoDocuments {

	private record Paper(NewDocument about, List<String> lines) {
	}

	private static final List<Paper> PAPERS = List.of(new Paper(
			new NewDocument("Plan van aanpak", DocumentKind.PLAN_VAN_AANPAK, Phase.SCHETSEN, Visibility.OPENBAAR),
			List.of("Plan van aanpak: kennisbehoud in de publieke sector",
					"Vraagstuk: vakkennis verdwijnt met de pensioengolf.",
					"Aanpak: drie ideeen pitchen bij het management van het Kadaster.",
					"Planning: experiment in het veld, evaluatie na zes maanden.")),
			new Paper(new NewDocument("Businesscase", DocumentKind.BUSINESS_CASE, Phase.ADOPTEREN, Visibility.TEAM),
					List.of("Businesscase: kennisbehoud", "Kosten: uren van het team en een videoploeg.",
							"Baten: minder inwerktijd, vakkennis blijft vindbaar.")));

	private final DoetankDocuments documents;

	private final Doetanks doetanks;

	DemoDocuments(DoetankDocuments documents, Doetanks doetanks) {
		this.documents = documents;
		this.doetanks = doetanks;
	}

	int load(MemberPrincipal trekker) {
		Long doetankId = this.doetanks.findBySlug(DemoDataLoader.KENNISBEHOUD).orElseThrow().id();
		if (this.documents.countOf(doetankId) > 0) {
			return 0;
		}
		for (Paper paper : PAPERS) {
			this.documents.add(DemoDataLoader.KENNISBEHOUD, paper.about(), "demo.pdf", pdf(paper.lines()), trekker);
		}
		return PAPERS.size();
	}

	private static byte[] pdf(List<String> lines) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.setLeading(18);
				content.newLineAtOffset(60, 770);
				for (String line : lines) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
