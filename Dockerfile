# syntax=docker/dockerfile:1

# Build stage: compiles for Java 17 with a current JDK; the Maven repository and the
# wrapper's Maven download live in a cache mount, so rebuilds do not fetch them again.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
    && ./mvnw -B -DskipTests package \
    && cp target/clubhuis-*.jar /workspace/clubhuis.jar

# Runtime stage: only a JRE (Java 25, for its AOT cache) and the application, run as an
# unprivileged user. It runs AOT-processed (-Dspring.aot.enabled=true): the application context
# and Spring Data's repositories were worked out when the jar was built (the pom's process-aot),
# so it starts sooner and holds less memory (README, Performance). The jar is extracted
# (dependencies next to it in lib/) because the JVM's AOT cache only works for an extracted
# application.
FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 clubhuis \
    && useradd --system --uid 10001 --gid clubhuis --no-create-home --shell /usr/sbin/nologin clubhuis
WORKDIR /app
COPY --from=build /workspace/clubhuis.jar /tmp/clubhuis.jar
RUN java -Djarmode=tools -jar /tmp/clubhuis.jar extract --destination /app \
    && rm /tmp/clubhuis.jar

# Configure with SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD (PostgreSQL >= 15) and
# optionally SERVER_PORT. Never set SPRING_PROFILES_ACTIVE=demo in production.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"

# Training run for the JVM's AOT cache (JDK 25, JEP 483/514/515): the application starts up to a
# refreshed context and exits, and the JVM writes the classes it loaded, linked, to app.aot, so
# every later start skips that work (bench/startup measures it). No database is there while the
# image is built, so Flyway (shared/MigrationSwitch) and Hibernate's schema check stay off and
# nothing connects; a cache that does not match the JVM is ignored with a warning, never an error.
RUN java -Dspring.aot.enabled=true -XX:AOTCacheOutput=/app/app.aot -Dspring.context.exit=onRefresh \
        -Dspring.datasource.url=jdbc:postgresql://127.0.0.1:1/training-run \
        -Dspring.flyway.enabled=false -Dspring.jpa.hibernate.ddl-auto=none \
        -Dspring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
        -Dspring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect \
        -jar /app/clubhuis.jar
USER 10001:10001
EXPOSE 8080

# The JRE image has no curl; bash's /dev/tcp is enough to ask /actuator/health.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]

ENTRYPOINT ["java", "-Dspring.aot.enabled=true", "-XX:AOTCache=/app/app.aot", "-jar", "/app/clubhuis.jar"]
