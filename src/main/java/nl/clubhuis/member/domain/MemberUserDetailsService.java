package nl.clubhuis.member.domain;

import nl.clubhuis.member.MemberPrincipal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MemberUserDetailsService implements UserDetailsService {

	private final MemberRepository members;

	MemberUserDetailsService(MemberRepository members) {
		this.members = members;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		// A blocked account is turned away exactly like an unknown address: the same
		// message, and the same time spent hashing, so a login reveals nothing.
		return this.members.findByEmail(Member.normaliseEmail(email))
			.filter((member) -> !member.isBlocked())
			.map((member) -> new MemberPrincipal(member.getId(), member.getEmail(), member.getName(), member.getRoles(),
					member.getPasswordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("no such member"));
	}

}
