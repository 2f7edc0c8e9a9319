package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankRepository;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two people saving the same Doetank at once: the second save fails instead of silently
 * overwriting.
 */
@IntegrationTest
class ConcurrentChangeTest {

	@Autowired
	DoetankRepository repository;

	@Autowired
	DoetankService service;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void aChangeMadeOnAStaleCopyIsRefused() {
		MemberPrincipal author = this.people.member("Ans Auteur");
		String slug = this.doetanks.proposal(author);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		Doetank seenByFirstCoach = transaction
			.execute((status) -> this.repository.findWithTeamBySlug(slug).orElseThrow());

		this.service.decline(slug, TestDoetanks.DECLINING, "Dit loopt al elders.", this.people.coach("Tweede Coach"));

		assertThatThrownBy(() -> transaction.executeWithoutResult((status) -> {
			seenByFirstCoach.decline(TestDoetanks.DECLINING, "Te vaag.", java.time.Instant.now());
			this.repository.saveAndFlush(seenByFirstCoach);
		})).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.doetanks.load(slug, author).getDeclineReason()).isEqualTo("Dit loopt al elders.");
	}

}
