package nl.clubhuis.member.web;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.member.domain.EmailAlreadyRegisteredException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegistrationController {

	private final MemberService memberService;

	private final SecurityContextRepository securityContextRepository;

	RegistrationController(MemberService memberService, SecurityContextRepository securityContextRepository) {
		this.memberService = memberService;
		this.securityContextRepository = securityContextRepository;
	}

	@GetMapping("/registreren")
	String form(Viewer viewer, Model model) {
		if (viewer.isLoggedIn()) {
			return "redirect:/";
		}
		model.addAttribute("form", new RegistrationForm());
		return "member/register";
	}

	@PostMapping("/registreren")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				MemberPrincipal member = this.memberService.register(form.toNewMember());
				logIn(member, request, response);
				redirect.addFlashAttribute("flashSuccess", "registration.welcome");
				return "redirect:/";
			}
			catch (EmailAlreadyRegisteredException ex) {
				errors.rejectValue("email", "registration.email.taken");
			}
		}
		form.setPassword(null);
		return "member/register";
	}

	private void logIn(MemberPrincipal member, HttpServletRequest request, HttpServletResponse response) {
		member.eraseCredentials();
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.securityContextRepository.saveContext(context, request, response);
	}

}
