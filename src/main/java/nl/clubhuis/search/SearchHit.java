package nl.clubhuis.search;

import java.time.Instant;

/**
 * One result line: its kind, title, address, a snippet that is already HTML-escaped with
 * only {@code <mark>} added around the matching words, and its date.
 */
public record SearchHit(String kind, String title, String url, String snippet, Instant at) {

}
