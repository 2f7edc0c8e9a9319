package nl.clubhuis.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A source file past 300 lines is asking to be split, unless it says why it is not. */
class SourceFileLengthTest {

	static final int LIMIT = 300;

	@Test
	void longFilesSayWhy() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			List<String> unexplained = files.filter((file) -> file.toString().endsWith(".java"))
				.filter(SourceFileLengthTest::isLongWithoutReason)
				.map(Path::toString)
				.toList();
			assertThat(unexplained).as("files over %d lines without a comment saying why", LIMIT).isEmpty();
		}
	}

	private static boolean isLongWithoutReason(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			return lines.size() > LIMIT && lines.stream().noneMatch((line) -> line.contains("Longer than 300 lines"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
