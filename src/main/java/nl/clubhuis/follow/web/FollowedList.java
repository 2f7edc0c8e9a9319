package nl.clubhuis.follow.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.follow.FollowKind;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.follow.Followables.Followed;

/**
 * What a member follows, per kind in a fixed order, leaving out what no longer exists (a
 * Doetank withdrawn, a question removed).
 */
record FollowedList(Map<FollowKind, List<Item>> byKind) {

	static FollowedList of(List<FollowTarget> targets, Map<FollowKind, Map<Long, Followed>> described) {
		Map<FollowKind, List<Item>> byKind = new EnumMap<>(FollowKind.class);
		for (FollowTarget target : targets) {
			Followed followed = described.getOrDefault(target.kind(), Map.of()).get(target.id());
			if (followed != null) {
				byKind.computeIfAbsent(target.kind(), (kind) -> new ArrayList<>()).add(new Item(target, followed));
			}
		}
		return new FollowedList(byKind);
	}

	public boolean isEmpty() {
		return this.byKind.isEmpty();
	}

	/** One followed thing with its name and page. */
	record Item(FollowTarget target, Followed followed) {

		public String kindParam() {
			return this.target.kind().word();
		}

		/**
		 * A Doetank's or a question's title is members' Dutch; an expertise is named in
		 * the reader's language, a member by their name.
		 */
		public boolean isMembersWords() {
			return this.target.kind() == FollowKind.DOETANK || this.target.kind() == FollowKind.QUESTION;
		}

	}

}
