package nl.clubhuis.member;

import nl.clubhuis.member.domain.EmailAlreadyRegisteredException;
import nl.clubhuis.member.domain.Language;
import nl.clubhuis.member.domain.Member;
import nl.clubhuis.member.domain.MemberRepository;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: registering, looking people up, granting network roles. */
@Service
public class MemberService {

	private static final Logger log = LoggerFactory.getLogger(MemberService.class);

	private final MemberRepository members;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	MemberService(MemberRepository members, PasswordEncoder passwordEncoder, Clock clock) {
		this.members = members;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * An account with a verified address, made without mail: for demo data and tests.
	 * People register through {@link AccountService#register}.
	 */
	@Transactional
	public MemberPrincipal createVerified(NewMember request) {
		if (!PasswordPolicy.standard().accepts(request.password())) {
			// Forms check this first and say why.
			throw new IllegalArgumentException("The password policy refuses this password");
		}
		String email = Member.normaliseEmail(request.email());
		if (this.members.existsByEmail(email)) {
			throw new EmailAlreadyRegisteredException();
		}
		Member member = new Member(email, request.name(), request.organisation(), this.members.freeSlug(request.name()),
				this.passwordEncoder.encode(request.password()), this.clock.instant());
		try {
			member.verifyEmail(this.clock.instant());
			this.members.saveAndFlush(member);
		}
		catch (DataIntegrityViolationException ex) {
			throw new EmailAlreadyRegisteredException();
		}
		return member.principal();
	}

	@Transactional(readOnly = true)
	public Optional<MemberPrincipal> findByEmail(String email) {
		return this.members.findByEmail(Member.normaliseEmail(email)).map(MemberService::withoutPassword);
	}

	/** The member as they are now (after a change of name, address or verification). */
	@Transactional(readOnly = true)
	public Optional<MemberPrincipal> current(Long id) {
		return this.members.findById(id).map(MemberService::withoutPassword);
	}

	/**
	 * Remembers the language a logged-in member switched to, for the mails the portal
	 * sends them.
	 */
	public void chooseLanguage(Long memberId, Locale locale) {
		this.members.updateLanguage(memberId, Language.of(locale));
	}

	static MemberPrincipal withoutPassword(Member member) {
		return new MemberPrincipal(member.getId(), member.getEmail(), member.getName(), member.getRoles(), null,
				member.isEmailVerified());
	}

	@Transactional
	public void grant(Long memberId, GlobalRole role) {
		Member member = this.members.findById(memberId).orElseThrow();
		member.grant(role);
		log.info("Granted network role {} to member {}", role, memberId);
	}

}
