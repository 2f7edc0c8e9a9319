package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.domain.RevisionCause;

import java.time.Instant;
import java.util.List;

import nl.clubhuis.member.MemberRef;

/**
 * One save of a Doetank as the history shows it: when, by whom (null for a former member
 * or a decision without a known coach), why, and what changed.
 */
public record RevisionView(Long id, Instant at, MemberRef author, RevisionCause cause, List<ChangeView> changes) {

	/**
	 * A field's old and new value as shown; {@code block} for long texts; which value a
	 * beheerder took out of the history; whether a beheerder may take one out (a free
	 * text).
	 */
	public record ChangeView(String field, String old, String now, boolean block, boolean oldRemoved,
			boolean nowRemoved, boolean removable) {

		/** The message key of the field's name. */
		public String fieldKey() {
			return "revision.field." + this.field;
		}

	}

}
