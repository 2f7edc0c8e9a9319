package nl.clubhuis.publishing.web;

/** A reported comment as the moderation list shows it, with the post it is under. */
record ReportedComment(Long id, nl.clubhuis.member.MemberRef author, String text, String postTitle, String postPath,
		int reportCount, boolean hidden) {

}
