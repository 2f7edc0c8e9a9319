package nl.clubhuis.publishing.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.publishing.PostCard;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Turns the rows of a list into cards: one lookup of all authors and one of all Doetanks,
 * whatever the number of posts.
 */
@Component
class PostCards {

	private final MemberDirectory members;

	private final Doetanks doetanks;

	PostCards(MemberDirectory members, Doetanks doetanks) {
		this.members = members;
		this.doetanks = doetanks;
	}

	List<PostCard> of(List<PostRow> rows) {
		Names names = names(rows, null);
		return rows.stream().map(names::card).toList();
	}

	Page<PostCard> of(Page<PostRow> rows) {
		Names names = names(rows.getContent(), null);
		return rows.map(names::card);
	}

	/** Rows that all belong to this Doetank, which needs no looking up. */
	List<PostCard> ofDoetank(List<PostRow> rows, DoetankRef doetank) {
		Names names = names(rows, doetank);
		return rows.stream().map(names::card).toList();
	}

	Page<PostCard> ofDoetank(Page<PostRow> rows, DoetankRef doetank) {
		Names names = names(rows.getContent(), doetank);
		return rows.map(names::card);
	}

	private Names names(List<PostRow> rows, DoetankRef known) {
		Map<Long, MemberRef> authors = this.members.byIds(rows.stream().map(PostRow::authorId).toList());
		Map<Long, DoetankRef> places = (known != null) ? Map.of(known.id(), known)
				: this.doetanks.byIds(rows.stream().map(PostRow::doetankId).filter(Objects::nonNull).toList());
		return new Names(authors, places);
	}

	private record Names(Map<Long, MemberRef> authors, Map<Long, DoetankRef> doetanks) {

		PostCard card(PostRow row) {
			return row.card(this.authors.get(row.authorId()),
					(row.doetankId() != null) ? this.doetanks.get(row.doetankId()) : null);
		}

	}

}
