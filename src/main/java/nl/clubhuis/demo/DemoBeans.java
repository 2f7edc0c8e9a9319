package nl.clubhuis.demo;

import java.util.List;

import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The demo's beans, only with the {@code demo} profile, and the scale generator's, only
 * with {@code scale}; without them (as in production) there is nothing of the demo at
 * all. A registrar rather than {@code @Profile}: the AOT-processed jar decided its
 * annotations' conditions when it was built, while a registrar is asked again each time
 * the portal starts, so the profiles work in both ways of starting.
 */
@Configuration(proxyBeanMethods = false)
@Import(DemoBeans.Registrar.class)
class DemoBeans {

	static class Registrar implements BeanRegistrar {

		/** The loader and what it loads. */
		private static final List<Class<?>> DEMO = List.of(DemoDataLoader.class, DemoPosts.class, DemoAgenda.class,
				DemoToolkit.class, DemoTeams.class, DemoRevisions.class, DemoProfiles.class, DemoMilestones.class,
				DemoDocuments.class, DemoAdopters.class, DemoLiveDoetanks.class, DemoQuestions.class,
				DemoFollows.class);

		@Override
		public void register(BeanRegistry registry, Environment environment) {
			if (environment.matchesProfiles("demo")) {
				DEMO.forEach(registry::registerBean);
			}
			if (environment.matchesProfiles("scale")) {
				registry.registerBean(ScaleProperties.class, (bean) -> bean.supplier(
						(context) -> Binder.get(environment).bindOrCreate("clubhuis.scale", ScaleProperties.class)));
				registry.registerBean(ScaleDataGenerator.class);
			}
		}

	}

}
