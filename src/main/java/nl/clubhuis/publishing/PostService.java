package nl.clubhuis.publishing;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.domain.PostWriting;

import org.springframework.stereotype.Service;

/**
 * Writing posts for other modules (demo data, tests), with the same rules as the portal's
 * forms.
 */
@Service
public class PostService {

	private final PostWriting writing;

	PostService(PostWriting writing) {
		this.writing = writing;
	}

	/**
	 * Writes a new post. For a Doetank's blog or beschouwing, {@code doetankSlug} names
	 * the Doetank; for news and the Café blog it is null.
	 */
	public PostRef write(PostKind kind, String doetankSlug, PostContent content, Long coverId, Publication publication,
			MemberPrincipal writer) {
		return this.writing.write(kind, doetankSlug, content, coverId, publication, writer).ref();
	}

}
