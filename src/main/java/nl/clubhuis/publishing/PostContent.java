package nl.clubhuis.publishing;

import java.util.List;

import nl.clubhuis.doetank.Phase;

/** What the writer typed, checked and tidied. */
public record PostContent(String title, String summary, String body, List<String> tags, String coverAlt, Phase phase) {

	public PostContent {
		tags = List.copyOf(tags);
	}

}
