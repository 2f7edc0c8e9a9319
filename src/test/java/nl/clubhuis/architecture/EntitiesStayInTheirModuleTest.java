package nl.clubhuis.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * An entity belongs to its module: other modules know its data by id and through the
 * module's API, never by the entity itself (no mapping, no import).
 */
class EntitiesStayInTheirModuleTest {

	static final String ROOT = "nl.clubhuis.";

	static final ArchRule ENTITIES_STAY_HOME = classes().that()
		.areAnnotatedWith(Entity.class)
		.should(beUsedOnlyInsideTheirModule())
		.because("modules refer to each other's data by id, through the other module's API");

	@Test
	void noModuleUsesAnotherModulesEntities() {
		ENTITIES_STAY_HOME.check(productionClasses());
	}

	static JavaClasses productionClasses() {
		return new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
			.importPackages("nl.clubhuis");
	}

	static String moduleOf(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith(ROOT)) {
			return name;
		}
		String rest = name.substring(ROOT.length());
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

	private static ArchCondition<JavaClass> beUsedOnlyInsideTheirModule() {
		return new ArchCondition<>("be used only inside their own module") {
			@Override
			public void check(JavaClass entity, ConditionEvents events) {
				String home = moduleOf(entity);
				entity.getDirectDependenciesToSelf()
					.stream()
					.filter((dependency) -> !moduleOf(dependency.getOriginClass()).equals(home))
					.forEach((dependency) -> events
						.add(SimpleConditionEvent.violated(dependency, dependency.getDescription() + " (module "
								+ moduleOf(dependency.getOriginClass()) + " uses an entity of module " + home + ")")));
			}
		};
	}

}
