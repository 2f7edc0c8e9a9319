package nl.clubhuis.member.domain;

import nl.clubhuis.member.MemberContact;
import nl.clubhuis.member.MemberRef;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long> {

	Optional<Member> findByEmail(String email);

	boolean existsByEmail(String email);

	@Query("select m from Member m where array_contains(m.roles, 'COACH') order by m.name")
	List<Member> findCoaches();

	@Query("select new nl.clubhuis.member.MemberRef(m.id, m.name, m.organisation) from Member m where m.id in :ids")
	List<MemberRef> findRefs(java.util.Collection<Long> ids);

	@Query("select new nl.clubhuis.member.MemberContact(m.id, m.name, m.organisation, m.email) from Member m where m.id in :ids")
	List<MemberContact> findContacts(java.util.Collection<Long> ids);

}
