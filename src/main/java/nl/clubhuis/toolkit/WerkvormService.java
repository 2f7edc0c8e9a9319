package nl.clubhuis.toolkit;

import nl.clubhuis.member.MemberPrincipal;

/** The redactie writes werkvormen and adds files to them. */
public interface WerkvormService {

	/** The new werkvorm's address. */
	String create(WerkvormContent content, MemberPrincipal redacteur);

	/** Keeps a checked file with the werkvorm, offered as "{title}.{ext}". */
	void addTemplate(String werkvormSlug, String title, String originalName, byte[] bytes, MemberPrincipal redacteur);

}
