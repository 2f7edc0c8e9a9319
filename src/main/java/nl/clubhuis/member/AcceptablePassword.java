package nl.clubhuis.member;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A new password that {@link PasswordPolicy#standard()} accepts; the message says what is
 * wrong (message keys {@code password.too.short}, {@code password.too.long},
 * {@code password.one.character.repeated}, {@code password.too.common}). A null value
 * passes: add {@code @NotNull} for that.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Validator.class)
public @interface AcceptablePassword {

	String message() default "{password.too.common}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Asks the password policy, and puts its reason in the message. */
	class Validator implements ConstraintValidator<AcceptablePassword, String> {

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			if (password == null) {
				return true;
			}
			return PasswordPolicy.standard().check(password).map((problem) -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{" + problem.messageKey() + "}").addConstraintViolation();
				return false;
			}).orElse(true);
		}

	}

}
