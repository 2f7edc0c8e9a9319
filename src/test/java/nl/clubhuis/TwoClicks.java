package nl.clubhuis;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A form sent twice at the same moment, as a double click does. */
public final class TwoClicks {

	private TwoClicks() {
	}

	/** What each of the two sends answered, in the order they were started. */
	public static <T> List<T> atOnce(Callable<T> send) throws Exception {
		ExecutorService twoClicks = Executors.newFixedThreadPool(2);
		try {
			List<Future<T>> sent = twoClicks.invokeAll(List.of(send, send));
			return List.of(sent.get(0).get(), sent.get(1).get());
		}
		finally {
			twoClicks.shutdown();
		}
	}

}
