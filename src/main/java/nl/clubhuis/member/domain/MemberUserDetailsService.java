package nl.clubhuis.member.domain;

import nl.clubhuis.member.MemberPrincipal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the member who logs in, and stores the new hash when Spring Security upgrades an
 * old one (bcrypt to Argon2) after a successful login.
 */
@Service
class MemberUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

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
			.map(Member::principal)
			.orElseThrow(() -> new UsernameNotFoundException("no such member"));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		Member member = this.members.findById(((MemberPrincipal) user).id()).orElseThrow();
		member.changePasswordHash(newPasswordHash);
		return member.principal();
	}

}
