package nl.clubhuis;

import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import nl.clubhuis.shared.PasswordHashing;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Every Spring test context hashes new passwords with Argon2 at the lowest cost (8 KiB,
 * one pass) instead of the production cost: tests make hundreds of members, and at
 * production cost each one takes a noticeable fraction of a second. The hashes keep the
 * {@code {argon2}} prefix, so the production encoder still accepts them, and this encoder
 * still checks every hash the production encoder makes (Argon2 and bcrypt keep their cost
 * in the hash).
 * <p>
 * Registered for all test contexts in {@code META-INF/spring.factories} as a primary bean
 * next to the one of {@code SecurityConfiguration}, which stays as it is. The local
 * portal with demo data ({@link TestClubhuisApplication}) is no test context and keeps
 * the production encoder.
 */
public final class CheapPasswordHashing implements ContextCustomizer {

	/** The least memory Argon2 allows with one lane, in KiB; production uses 16 MiB. */
	public static final int MEMORY_KIB = 8;

	static final String BEAN_NAME = "cheapTestPasswordEncoder";

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
		RootBeanDefinition definition = new RootBeanDefinition(PasswordEncoder.class,
				CheapPasswordHashing::passwordEncoder);
		definition.setPrimary(true);
		((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition(BEAN_NAME, definition);
	}

	static PasswordEncoder passwordEncoder() {
		return PasswordHashing.encoder(new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, 1));
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
