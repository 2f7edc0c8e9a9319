package nl.clubhuis;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Every Spring test context hashes new passwords with bcrypt at the lowest strength
 * instead of the production strength: tests make hundreds of members, and at production
 * strength each one costs a noticeable fraction of a second. The hashes keep the
 * {@code {bcrypt}} prefix, so the production encoder still accepts them, and this encoder
 * still checks every hash the production encoder makes (its strength is part of the
 * hash).
 * <p>
 * Registered for all test contexts in {@code META-INF/spring.factories} as a primary bean
 * next to the one of {@code SecurityConfiguration}, which stays as it is. The local
 * portal with demo data ({@link TestClubhuisApplication}) is no test context and keeps
 * the production encoder.
 */
public final class CheapPasswordHashing implements ContextCustomizer {

	/** The lowest strength bcrypt allows; production uses the default (10). */
	public static final int STRENGTH = 4;

	static final String BEAN_NAME = "cheapTestPasswordEncoder";

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
		RootBeanDefinition definition = new RootBeanDefinition(PasswordEncoder.class,
				CheapPasswordHashing::passwordEncoder);
		definition.setPrimary(true);
		((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition(BEAN_NAME, definition);
	}

	static PasswordEncoder passwordEncoder() {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(STRENGTH)));
		// Hashes of another kind ({noop}, {pbkdf2}, ...) are checked as in production.
		encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return encoder;
	}

	// Equal customizers keep one cached context for test classes that share a
	// configuration.

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass();
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

	/** Adds the customizer to every test context. */
	public static final class Factory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configurationAttributes) {
			return new CheapPasswordHashing();
		}

	}

}
