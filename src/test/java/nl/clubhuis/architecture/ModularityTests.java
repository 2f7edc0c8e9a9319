package nl.clubhuis.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.clubhuis.ClubhuisApplication;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Each feature is a module with a small public surface; modules never reach into each
 * other's internals.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ClubhuisApplication.class);

	static final JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("nl.clubhuis");

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theExpectedModulesExist() {
		org.assertj.core.api.Assertions.assertThat(modules.stream().map((module) -> module.getIdentifier().toString()))
			.contains("doetank", "route", "member", "site", "shared", "demo");
	}

	@Test
	void controllersAreNotPartOfAnyModulesApi() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.notBePublic()
			.because("a controller is a screen, not an API other modules may call")
			.check(classes);
	}

	@Test
	void repositoriesStayInsideTheirModule() {
		classes().that()
			.areAssignableTo(Repository.class)
			.should()
			.notBePublic()
			.orShould()
			.resideInAPackage("nl.clubhuis.*.*..")
			.because("modules talk through services and events, never through each other's repositories")
			.check(classes);
	}

	@Test
	void theDomainDoesNotDependOnTheWebLayer() {
		noClasses().that()
			.haveSimpleNameEndingWith("Service")
			.or()
			.haveSimpleNameEndingWith("Catalog")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.springframework.ui..", "jakarta.servlet..")
			.check(classes);
	}

}
