package nl.clubhuis.shared.pagecache;

import nl.clubhuis.shared.MemberContent;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTest {

	private final AtomicLong nanos = new AtomicLong();

	private final PageCache cache = new PageCache(Duration.ofSeconds(30), 1024 * 1024, this.nanos::get);

	@BeforeEach
	void listening() {
		this.cache.resume();
	}

	@Test
	void aStoredPageIsFoundByItsKey() {
		CachedPage page = page("home");
		this.cache.store("nl /", page, this.cache.generation());

		assertThat(this.cache.find("nl /")).isSameAs(page);
		assertThat(this.cache.find("en /")).isNull();
	}

	@Test
	void aChangeForgetsEveryPage() {
		this.cache.store("nl /", page("home"), this.cache.generation());
		this.cache.store("nl /nieuws", page("news"), this.cache.generation());

		this.cache.invalidateAll();

		assertThat(this.cache.find("nl /")).isNull();
		assertThat(this.cache.find("nl /nieuws")).isNull();
	}

	@Test
	void aPageRenderedWhileTheContentChangedIsNotKept() {
		long before = this.cache.generation();
		this.cache.invalidateAll(); // a change commits while the page renders

		this.cache.store("nl /", page("old content"), before);

		assertThat(this.cache.find("nl /")).isNull();
	}

	@Test
	void aSharedValueIsComputedOnceUntilTheContentChanges() {
		AtomicLong loads = new AtomicLong();

		assertThat((Long) this.cache.shared("home", loads::incrementAndGet)).isEqualTo(1);
		assertThat((Long) this.cache.shared("home", loads::incrementAndGet)).as("kept").isEqualTo(1);
		assertThat((Long) this.cache.shared("agenda", loads::incrementAndGet)).as("by key").isEqualTo(2);

		this.cache.invalidateAll();
		assertThat((Long) this.cache.shared("home", loads::incrementAndGet)).as("computed anew").isEqualTo(3);
	}

	@Test
	void aSharedValueComputedWhileTheContentChangedIsNotKept() {
		AtomicLong loads = new AtomicLong();

		this.cache.shared("home", () -> {
			this.cache.invalidateAll(); // a change commits while the lists are read
			return loads.incrementAndGet();
		});

		assertThat((Long) this.cache.shared("home", loads::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void aSharedValueComputedAsOfAMomentIsKeptWhileNothingChangedSince() {
		AtomicLong loads = new AtomicLong();
		long since = this.cache.generation();

		this.cache.shared("nieuws-markup", loads::incrementAndGet, since);

		assertThat((Long) this.cache.shared("nieuws-markup", loads::incrementAndGet)).isEqualTo(1);
	}

	@Test
	void aSharedValueDrawnFromWhatWasReadBeforeAChangeIsNotKept() {
		AtomicLong loads = new AtomicLong();
		long since = this.cache.generation(); // then the page of news is read
		this.cache.invalidateAll(); // a change commits before that page is drawn

		this.cache.shared("nieuws-markup", loads::incrementAndGet, since);

		assertThat((Long) this.cache.shared("nieuws-markup", loads::incrementAndGet)).as("drawn anew").isEqualTo(2);
	}

	@Test
	void aSharedValueIsComputedEveryTimeWhileNotListeningAndExpires() {
		AtomicLong loads = new AtomicLong();
		this.cache.suspend();
		this.cache.shared("home", loads::incrementAndGet);
		assertThat((Long) this.cache.shared("home", loads::incrementAndGet)).isEqualTo(2);

		this.cache.resume();
		this.cache.shared("home", loads::incrementAndGet);
		this.nanos.addAndGet(TimeUnit.SECONDS.toNanos(31));
		assertThat((Long) this.cache.shared("home", loads::incrementAndGet)).as("after its time").isEqualTo(4);
	}

	@Test
	void aMembersValueIsKeptUntilTheirOwnRowsChange() {
		AtomicLong loads = new AtomicLong();
		assertThat((Long) this.cache.member(7, "unread", loads::incrementAndGet)).isEqualTo(1);
		assertThat((Long) this.cache.member(7, "unread", loads::incrementAndGet)).as("kept").isEqualTo(1);
		assertThat((Long) this.cache.member(8, "unread", loads::incrementAndGet)).as("per member").isEqualTo(2);

		this.cache.invalidateMembers(List.of(8L));
		assertThat((Long) this.cache.member(7, "unread", loads::incrementAndGet)).as("another member's change")
			.isEqualTo(1);
		assertThat((Long) this.cache.member(8, "unread", loads::incrementAndGet)).as("their own change").isEqualTo(3);

		this.cache.invalidateAll();
		assertThat((Long) this.cache.member(7, "unread", loads::incrementAndGet)).as("any content change").isEqualTo(4);
	}

	@Test
	void aMemberKeepsABoundedNumberOfValues() {
		AtomicLong loads = new AtomicLong();
		for (int i = 0; i < PageCache.KEYS_PER_MEMBER; i++) {
			this.cache.member(7, "event:" + i, loads::incrementAndGet);
		}
		assertThat((Long) this.cache.member(7, "event:0", loads::incrementAndGet)).as("all kept up to the bound")
			.isEqualTo(1);

		this.cache.member(7, "event:" + PageCache.KEYS_PER_MEMBER, loads::incrementAndGet);

		assertThat((Long) this.cache.member(7, "event:0", loads::incrementAndGet)).as("one more starts afresh")
			.isEqualTo(PageCache.KEYS_PER_MEMBER + 2);
		assertThat((Long) this.cache.member(7, "event:" + PageCache.KEYS_PER_MEMBER, loads::incrementAndGet))
			.as("the newest value is kept")
			.isEqualTo(PageCache.KEYS_PER_MEMBER + 1);
	}

	@Test
	void membersValuesStayWithinAQuarterOfTheMemory() {
		PageCache small = new PageCache(Duration.ofSeconds(30), 400_000, this.nanos::get);
		small.resume();
		for (long member = 0; member < 100; member++) {
			small.member(member, "zoeken", () -> "x".repeat(10_000));
		}
		AtomicLong loads = new AtomicLong();
		for (long member = 0; member < 100; member++) {
			small.member(member, "zoeken", () -> loads.incrementAndGet() + "");
		}
		assertThat(100 - loads.get()).as("members whose value is still kept").isBetween(1L, 10L);
	}

	@Test
	void aMembersValuesExpireTogetherAfterTheFirstWasKept() {
		AtomicLong loads = new AtomicLong();
		this.cache.member(7, "unread", loads::incrementAndGet);
		this.nanos.addAndGet(TimeUnit.SECONDS.toNanos(20));
		this.cache.member(7, "home.doetanks", loads::incrementAndGet);
		this.nanos.addAndGet(TimeUnit.SECONDS.toNanos(11));

		assertThat((Long) this.cache.member(7, "unread", loads::incrementAndGet))
			.as("not kept longer because another value came")
			.isEqualTo(3);
	}

	@Test
	void sharedValuesStayWithinAQuarterOfTheMemory() {
		PageCache small = new PageCache(Duration.ofSeconds(30), 400_000, this.nanos::get);
		small.resume();
		for (int i = 0; i < 100; i++) {
			small.shared("markup:" + i, () -> "x".repeat(10_000));
		}
		AtomicLong loads = new AtomicLong();
		for (int i = 0; i < 100; i++) {
			small.shared("markup:" + i, () -> loads.incrementAndGet() + "");
		}
		assertThat(100 - loads.get()).as("values still kept").isBetween(1L, 10L);
	}

	@Test
	void aMembersPageIsKeptApartFromTheirValuesAndForgottenWithThem() {
		AtomicLong loads = new AtomicLong();
		this.cache.member(7, "unread", loads::incrementAndGet);
		this.cache.keepMemberPage(7, "page:/mijn", "<html>Anna</html>", this.cache.moment());
		this.cache.keepMemberPage(8, "page:/mijn", "<html>Bram</html>", this.cache.moment());

		assertThat((String) this.cache.memberPage(7, "page:/mijn")).isEqualTo("<html>Anna</html>");
		assertThat((String) this.cache.memberPage(7, "page:/")).isNull();
		this.cache.invalidateMembers(List.of(7L));
		assertThat((String) this.cache.memberPage(7, "page:/mijn")).as("a notification for Anna").isNull();
		assertThat((String) this.cache.memberPage(8, "page:/mijn")).isEqualTo("<html>Bram</html>");
		this.cache.invalidateAll();
		assertThat((String) this.cache.memberPage(8, "page:/mijn")).isNull();
	}

	@Test
	void aMembersPageDrawnWhileTheContentOrTheirRowsChangedIsNotKept() {
		MemberContent.Moment beforeAChange = this.cache.moment();
		this.cache.invalidateAll();
		this.cache.keepMemberPage(7, "page:/mijn", "<html>oud</html>", beforeAChange);
		MemberContent.Moment beforeANotification = this.cache.moment();
		this.cache.invalidateMembers(List.of(8L));
		this.cache.keepMemberPage(7, "page:/", "<html>oud</html>", beforeANotification);

		assertThat((String) this.cache.memberPage(7, "page:/mijn")).isNull();
		assertThat((String) this.cache.memberPage(7, "page:/")).isNull();
	}

	@Test
	void membersPagesStayWithinAQuarterOfTheMemoryAndDoNotPushOutTheirValues() {
		PageCache small = new PageCache(Duration.ofSeconds(30), 400_000, this.nanos::get);
		small.resume();
		AtomicLong loads = new AtomicLong();
		small.member(1, "unread", loads::incrementAndGet);
		for (long member = 0; member < 100; member++) {
			small.keepMemberPage(member, "page:/", "x".repeat(10_000), small.moment());
		}
		long kept = LongStream.range(0, 100).filter((member) -> small.memberPage(member, "page:/") != null).count();

		assertThat(kept).as("pages still kept").isBetween(1L, 10L);
		assertThat((Long) small.member(1, "unread", loads::incrementAndGet)).as("the small value stays").isEqualTo(1);
	}

	@Test
	void aMembersValueComputedWhileTheirRowsChangedIsNotKept() {
		AtomicLong loads = new AtomicLong();

		this.cache.member(7, "unread", () -> {
			this.cache.invalidateMembers(List.of(7L)); // a notification commits while
														// counting
			return loads.incrementAndGet();
		});

		assertThat((Long) this.cache.member(7, "unread", loads::incrementAndGet)).isEqualTo(2);
	}

	@Test
	void aMembersValueIsComputedEveryTimeWhileNotListeningAndExpires() {
		AtomicLong loads = new AtomicLong();
		this.cache.suspend();
		this.cache.member(7, "unread", loads::incrementAndGet);
		assertThat((Long) this.cache.member(7, "unread", loads::incrementAndGet)).isEqualTo(2);

		this.cache.resume();
		this.cache.member(7, "unread", loads::incrementAndGet);
		this.nanos.addAndGet(TimeUnit.SECONDS.toNanos(31));
		assertThat((Long) this.cache.member(7, "unread", loads::incrementAndGet)).as("after its time").isEqualTo(4);
	}

	@Test
	void whileNotListeningNothingIsServedOrKept() {
		this.cache.store("nl /", page("home"), this.cache.generation());

		this.cache.suspend();
		assertThat(this.cache.find("nl /")).isNull();
		this.cache.store("nl /", page("home"), this.cache.generation());

		this.cache.resume();
		assertThat(this.cache.find("nl /")).as("forgotten while not listening: changes may have been missed").isNull();
	}

	@Test
	void aPageExpiresAfterItsTimeToLive() {
		this.cache.store("nl /", page("home"), this.cache.generation());

		this.nanos.addAndGet(TimeUnit.SECONDS.toNanos(29));
		assertThat(this.cache.find("nl /")).isNotNull();
		this.nanos.addAndGet(TimeUnit.SECONDS.toNanos(2));
		assertThat(this.cache.find("nl /")).isNull();
	}

	@Test
	void theCacheStaysWithinItsMemory() {
		PageCache small = new PageCache(Duration.ofSeconds(30), 100_000, this.nanos::get);
		small.resume();
		for (int i = 0; i < 100; i++) {
			small.store("nl /" + i, new CachedPage(List.of(), new byte[10_000], null, "W/\"" + i + "\""),
					small.generation());
		}
		assertThat(small.size()).isLessThanOrEqualTo(10);
	}

	private static CachedPage page(String text) {
		return new CachedPage(List.of(), text.getBytes(), null, "W/\"" + text.hashCode() + "\"");
	}

}
