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

# Runtime stage: only a JRE and the executable jar, run as an unprivileged user.
FROM eclipse-temurin:21-jre
RUN groupadd --system --gid 10001 clubhuis \
    && useradd --system --uid 10001 --gid clubhuis --no-create-home --shell /usr/sbin/nologin clubhuis
WORKDIR /app
COPY --from=build /workspace/clubhuis.jar /app/clubhuis.jar
USER 10001:10001

# Configure with SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD (PostgreSQL >= 15) and
# optionally SERVER_PORT. Never set SPRING_PROFILES_ACTIVE=demo in production.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080

# The JRE image has no curl; bash's /dev/tcp is enough to ask /actuator/health.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]

ENTRYPOINT ["java", "-jar", "/app/clubhuis.jar"]
