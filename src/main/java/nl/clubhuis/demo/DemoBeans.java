package nl.clubhuis.demo;

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

		@Override
		public void register(BeanRegistry registry, Environment environment) {
			if (environment.matchesProfiles("demo")) {
				registry.registerBean(DemoDataLoader.class);
				registry.registerBean(DemoPosts.class);
				registry.registerBean(DemoAgenda.class);
				registry.registerBean(DemoToolkit.class);
				registry.registerBean(DemoTeams.class);
				registry.registerBean(DemoRevisions.class);
				registry.registerBean(DemoProfiles.class);
				registry.registerBean(DemoMilestones.class);
				registry.registerBean(DemoDocuments.class);
				registry.registerBean(DemoAdopters.class);
				registry.registerBean(DemoLiveDoetanks.class);
				registry.registerBean(DemoQuestions.class);
				registry.registerBean(DemoFollows.class);
			}
			if (environment.matchesProfiles("scale")) {
				registry.registerBean(ScaleProperties.class, (bean) -> bean.supplier(
						(context) -> Binder.get(environment).bindOrCreate("clubhuis.scale", ScaleProperties.class)));
				registry.registerBean(ScaleDataGenerator.class);
			}
		}

	}

}
