package nl.clubhuis.contact.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.ProfileVisibility;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.moderation.ReportInbox;
import nl.clubhuis.moderation.ReportKind;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending a message to a member or to the trekkers of a public Doetank, switching
 * receiving off, and reporting a message. Whoever may not write to someone gets a 404,
 * never more than the profile page tells: the profile hidden from the sender, messages
 * switched off, or the sender themselves.
 * <p>
 * Sending takes a lock on the sender in the database (an advisory lock, so it holds
 * across app nodes) before counting: two sends at once never pass the daily limit, and
 * the same form sent twice finds the first message and sends nothing.
 */
@Service
@Transactional(readOnly = true)
public class Messaging {

	/** The first key of the sender's advisory lock: "CONT". */
	private static final int LOCK_SPACE = 0x434F4E54;

	private final ContactMessageRepository messages;

	private final ContactPreferenceRepository preferences;

	private final MemberDirectory members;

	private final Doetanks doetanks;

	private final ContactMail mail;

	private final ContactProperties properties;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ReportInbox reportsToRedactie;

	Messaging(ContactMessageRepository messages, ContactPreferenceRepository preferences, MemberDirectory members,
			Doetanks doetanks, ContactMail mail, ContactProperties properties, JdbcTemplate jdbc, Clock clock,
			ReportInbox reportsToRedactie) {
		this.reportsToRedactie = reportsToRedactie;
		this.messages = messages;
		this.preferences = preferences;
		this.members = members;
		this.doetanks = doetanks;
		this.mail = mail;
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The member at /leden/{slug}, when this viewer may write to them. Three statements.
	 */
	public Addressee toMember(String slug, Viewer viewer) {
		return member(slug, viewer).to();
	}

	/** The trekkers of the public Doetank at this address. Four statements. */
	public Addressee toDoetank(String slug, Viewer viewer) {
		return doetank(slug, viewer).to();
	}

	/** Sends the letter to the member; see {@link #send}. */
	@Transactional
	public boolean sendToMember(String slug, Letter letter, Viewer viewer) {
		return send(member(slug, viewer), letter);
	}

	/** Sends the letter to the trekkers of the Doetank; see {@link #send}. */
	@Transactional
	public boolean sendToDoetank(String slug, Letter letter, Viewer viewer) {
		return send(doetank(slug, viewer), letter);
	}

	/** Whether this member receives messages. */
	public boolean acceptsMessages(Long memberId) {
		return this.preferences.acceptsMessages(memberId);
	}

	@Transactional
	public void acceptMessages(Long memberId, boolean accepts) {
		Instant now = this.clock.instant();
		this.preferences.findById(memberId)
			.ifPresentOrElse((preference) -> preference.change(accepts, now),
					() -> this.preferences.save(new ContactPreference(memberId, accepts, now)));
	}

	/**
	 * The message behind a report link, while its text is kept (a reported one as long as
	 * the message is kept).
	 */
	public Optional<ContactMessage> byReportToken(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return this.messages.findByReportTokenHash(ReportTokens.hash(token))
			.filter((message) -> message.getBody() != null || message.getReportedAt() != null);
	}

	/**
	 * Reports the message; a second report changes nothing. False for an unknown link.
	 */
	@Transactional
	public boolean report(String token) {
		Optional<ContactMessage> message = byReportToken(token);
		message.ifPresent((found) -> {
			if (found.report(this.clock.instant())) {
				// Into the redactie's moderation queue too, by the recipient (the link
				// proves it).
				this.reportsToRedactie.recordReport(ReportKind.MESSAGE, found.getId(), found.getRecipientId(), "");
			}
		});
		return message.isPresent();
	}

	/**
	 * Sends once per form: false when this form was sent before (nothing goes out again).
	 * @throws AddressNeededException when the sender cannot be answered otherwise
	 * @throws DailyLimitReachedException when the sender already sent the day's messages
	 */
	private boolean send(Route route, Letter letter) {
		if (route.to().senderMustShareAddress() && !letter.shareAddress()) {
			throw new AddressNeededException();
		}
		Long senderId = route.sender().id();
		this.jdbc.query("SELECT pg_advisory_xact_lock(?, ?)", (rs) -> null, LOCK_SPACE,
				(int) (senderId ^ (senderId >>> 32)));
		if (this.messages.existsBySenderIdAndFormToken(senderId, letter.formToken())) {
			return false;
		}
		Instant now = this.clock.instant();
		DailyLimit limit = this.properties.limit();
		if (!limit.allowsAnother(this.messages.countBySenderIdAndSentAtAfter(senderId, limit.countsSince(now)))) {
			throw new DailyLimitReachedException(limit.perDay());
		}
		String token = ReportTokens.issue();
		this.messages.save(new ContactMessage(senderId, route.to(), letter, ReportTokens.hash(token), now));
		this.mail.send(route.sender(), route.to(), letter, token);
		return true;
	}

	private Route member(String slug, Viewer viewer) {
		Long senderId = viewer.member().id();
		MemberRef member = this.members.findBySlug(slug)
			.filter((found) -> !viewer.is(found.id()) && found.profileVisibleTo(viewer))
			.orElseThrow(() -> new NotFoundException(slug));
		MemberRef sender = this.members.find(senderId).orElseThrow();
		List<Long> refusing = this.preferences.refusing(List.of(member.id(), senderId));
		if (refusing.contains(member.id())) {
			throw new NotFoundException(slug);
		}
		return new Route(sender, new Addressee(member.name(), member.profilePath(), member.id(), null,
				List.of(member.id()), mustShare(sender, refusing)));
	}

	private Route doetank(String slug, Viewer viewer) {
		Long senderId = viewer.member().id();
		Doetanks.Visible visible = this.doetanks.visible(slug, viewer);
		if (!visible.doetank().isPublic()) {
			throw new NotFoundException(slug);
		}
		List<Long> trekkers = new ArrayList<>();
		for (Map.Entry<Long, Set<MembershipRole>> member : visible.team().active().entrySet()) {
			if (member.getValue().contains(MembershipRole.TREKKER) && !viewer.is(member.getKey())) {
				trekkers.add(member.getKey());
			}
		}
		List<Long> asked = new ArrayList<>(trekkers);
		asked.add(senderId);
		List<Long> refusing = this.preferences.refusing(asked);
		trekkers.removeAll(refusing);
		if (trekkers.isEmpty()) {
			throw new NotFoundException(slug);
		}
		trekkers.sort(null);
		MemberRef sender = this.members.find(senderId).orElseThrow();
		return new Route(sender, new Addressee(visible.doetank().title(), visible.doetank().path(), null,
				visible.doetank().id(), List.copyOf(trekkers), mustShare(sender, refusing)));
	}

	/**
	 * Nobody can answer through the portal a sender whose profile is hidden or closed.
	 */
	private static boolean mustShare(MemberRef sender, List<Long> refusing) {
		return sender.visibility() == ProfileVisibility.NIEMAND || refusing.contains(sender.id());
	}

	/** Who sends, and to whom. */
	private record Route(MemberRef sender, Addressee to) {
	}

}
