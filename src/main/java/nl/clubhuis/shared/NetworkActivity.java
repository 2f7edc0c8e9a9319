package nl.clubhuis.shared;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What moves in the network, for the home page: each module that has something to tell
 * (the route: phase changes and milestones; publishing: new posts) offers its latest few
 * as {@link Activity}; the home page merges them newest first. An implementation takes a
 * fixed number of statements and returns only what everyone may see.
 */
public interface NetworkActivity {

	/** At most {@code howMany}, newest first. */
	List<Activity> recent(int howMany);

	/**
	 * One line: when, the message key with its arguments (titles, as written), and the
	 * page it leads to.
	 */
	record Activity(Instant when, String messageKey, List<String> arguments, String path) {

		public Activity {
			arguments = List.copyOf(arguments);
		}

		public ZonedDateTime at() {
			return AmsterdamTime.of(this.when);
		}

		public Object[] messageArguments() {
			return this.arguments.toArray();
		}

	}

}
