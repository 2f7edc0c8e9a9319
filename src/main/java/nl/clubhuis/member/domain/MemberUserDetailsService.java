package nl.clubhuis.member.domain;

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
		return this.members.findByEmail(Member.normaliseEmail(email))
			.map(Member::principal)
			.orElseThrow(() -> new UsernameNotFoundException("no such member"));
	}

}
