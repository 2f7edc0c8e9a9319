package nl.clubhuis.follow;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows what. Following twice keeps one row (a double click changes nothing), and a
 * member may follow only what exists and what they may see: each kind's
 * {@link Followables} decides that.
 */
@Service
public class Follows {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Map<FollowKind, Followables> kinds;

	Follows(JdbcTemplate jdbc, Clock clock, List<Followables> kinds) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.kinds = new EnumMap<>(kinds.stream().collect(Collectors.toMap(Followables::kind, Function.identity())));
	}

	/**
	 * The viewer follows this target; a 404 when it does not exist or they may not see
	 * it.
	 */
	@Transactional
	public void follow(Viewer viewer, FollowTarget target) {
		Followables kind = this.kinds.get(target.kind());
		if (kind == null || !kind.mayFollow(target.id(), viewer)) {
			throw new NotFoundException(target.kind() + " " + target.id());
		}
		followAutomatically(viewer.member().id(), target);
	}

	/**
	 * The member follows what they made themselves (their question), without a check: the
	 * caller just created it.
	 */
	@Transactional
	public void followAutomatically(long memberId, FollowTarget target) {
		this.jdbc.update("""
				INSERT INTO follow (member_id, target_kind, target_id, since) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""", memberId, target.kind().name(), target.id(),
				Timestamp.from(this.clock.instant()));
	}

	@Transactional
	public void unfollow(long memberId, FollowTarget target) {
		this.jdbc.update("DELETE FROM follow WHERE member_id = ? AND target_kind = ? AND target_id = ?", memberId,
				target.kind().name(), target.id());
	}

	@Transactional(readOnly = true)
	public boolean follows(long memberId, FollowTarget target) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"SELECT EXISTS (SELECT 1 FROM follow WHERE member_id = ? AND target_kind = ? AND target_id = ?)",
				Boolean.class, memberId, target.kind().name(), target.id()));
	}

	/**
	 * The button a page shows: an anonymous visitor gets one too (it leads to the login
	 * page); {@code byRole} when the viewer hears about it anyway (its team, its author).
	 */
	@Transactional(readOnly = true)
	public FollowButton button(Viewer viewer, FollowTarget target, boolean byRole) {
		boolean following = viewer.memberId().map((id) -> follows(id, target)).orElse(false);
		return new FollowButton(target, following, byRole);
	}

	/** Whether this member follows anything at all; one statement. */
	@Transactional(readOnly = true)
	public boolean followsAnything(long memberId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM follow WHERE member_id = ?)",
				Boolean.class, memberId));
	}

	/** Everyone who follows at least one of these targets, in one query. */
	@Transactional(readOnly = true)
	public Set<Long> followersOf(Collection<FollowTarget> targets) {
		if (targets.isEmpty()) {
			return Set.of();
		}
		String[] kinds = targets.stream().map((target) -> target.kind().name()).toArray(String[]::new);
		Long[] ids = targets.stream().map(FollowTarget::id).toArray(Long[]::new);
		return new HashSet<>(this.jdbc.queryForList(
				"""
						SELECT DISTINCT f.member_id FROM follow f
						JOIN unnest(?::varchar[], ?::bigint[]) AS t(kind, id) ON f.target_kind = t.kind AND f.target_id = t.id""",
				Long.class, kinds, ids));
	}

	/** What this member follows, most recent first. */
	@Transactional(readOnly = true)
	public List<FollowTarget> followedBy(long memberId) {
		return this.jdbc.query(
				"SELECT target_kind, target_id FROM follow WHERE member_id = ? ORDER BY since DESC, target_id",
				(rs, row) -> new FollowTarget(FollowKind.valueOf(rs.getString(1)), rs.getLong(2)), memberId);
	}

	/** The names and pages of what a member follows, by kind, in one query per kind. */
	@Transactional(readOnly = true)
	public Map<FollowKind, Map<Long, Followables.Followed>> describe(Collection<FollowTarget> targets, Locale locale) {
		Map<FollowKind, Map<Long, Followables.Followed>> described = new EnumMap<>(FollowKind.class);
		targets.stream()
			.collect(Collectors.groupingBy(FollowTarget::kind,
					Collectors.mapping(FollowTarget::id, Collectors.toList())))
			.forEach((kind, ids) -> {
				Followables followables = this.kinds.get(kind);
				described.put(kind, (followables != null) ? followables.describe(ids, locale) : Map.of());
			});
		return described;
	}

}
