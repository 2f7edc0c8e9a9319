package nl.clubhuis.member.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, TokenPurpose purpose);

	/** Locked, so two clicks on one link cannot both use it. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from AccountToken t where t.tokenHash = :tokenHash and t.purpose = :purpose")
	Optional<AccountToken> lockByTokenHashAndPurpose(String tokenHash, TokenPurpose purpose);

	Optional<AccountToken> findFirstByMemberIdAndPurposeOrderByCreatedAtDesc(Long memberId, TokenPurpose purpose);

	/** A new link replaces the member's earlier ones of the same kind. */
	@Modifying
	@Query("delete from AccountToken t where t.memberId = :memberId and t.purpose = :purpose and t.usedAt is null")
	void deleteUnused(Long memberId, TokenPurpose purpose);

}
