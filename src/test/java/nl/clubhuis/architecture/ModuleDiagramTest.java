package nl.clubhuis.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the module picture into docs/: a Mermaid diagram (docs/modules.md, which GitHub
 * draws and the README shows) and Spring Modulith's PlantUML diagrams (docs/modules/).
 * The README must show the same diagram as the code has.
 */
class ModuleDiagramTest {

	@Test
	void theReadmeShowsTheModulesAsTheyAre() throws IOException {
		String diagram = mermaid();
		Files.writeString(Path.of("docs/modules.md"),
				"# Modules\n\nWritten by `ModuleDiagramTest` from the code; each arrow is a dependency "
						+ "the module declares and uses.\n\n" + diagram,
				StandardCharsets.UTF_8);
		new Documenter(ModularityTests.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();

		assertThat(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8))
			.as("the README's module diagram (copy it from docs/modules.md)")
			.contains(diagram);
	}

	static String mermaid() {
		String edges = ModularityTests.modules.stream()
			.sorted(Comparator.comparing((ApplicationModule module) -> module.getIdentifier().toString()))
			.flatMap((module) -> module.getDirectDependencies(ModularityTests.modules)
				.uniqueModules()
				.map((target) -> "  " + module.getIdentifier() + " --> " + target.getIdentifier())
				.sorted())
			.distinct()
			.collect(Collectors.joining("\n"));
		return "```mermaid\nflowchart LR\n" + edges + "\n```\n";
	}

}
