# SummitBot container image: the Discord bot, its knowledge, configuration and data as volumes.
#
#   docker build -t summitbot .
#   docker run -e DISCORD_TOKEN -v "$PWD/knowledge:/app/knowledge:ro" -v summitbot-data:/app/data summitbot
#
# Two stages: Maven builds target/summitbot.jar and target/lib/ (tests are the CI's job: `mvn -B verify`),
# then only those go onto a JRE. See README, "Running in a container".

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
COPY src/main ./src/main
# The local repository is a BuildKit cache, so a rebuild after a source change downloads nothing.
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -Dmaven.test.skip=true package

FROM eclipse-temurin:17-jre
# A fixed uid/gid, so that files in bind-mounted folders have a known owner on the host.
RUN groupadd --system --gid 10001 summitbot \
 && useradd --system --uid 10001 --gid summitbot --home-dir /app --no-create-home --shell /usr/sbin/nologin summitbot
WORKDIR /app
COPY --from=build /build/target/summitbot.jar ./summitbot.jar
COPY --from=build /build/target/lib/ ./lib/
# Defaults that a volume mounted over these folders replaces (an empty named volume is filled from them).
COPY knowledge/ ./knowledge/
COPY docker/summitbot.yaml ./config/summitbot.yaml
# /app/state: the cluster state folder, when replicas share one (compose.yaml); owned by the bot's user, so
# that a named volume mounted there starts writable.
RUN mkdir -p /app/data /app/state && chown summitbot:summitbot /app/data /app/state
VOLUME ["/app/knowledge", "/app/config", "/app/data", "/app/state"]

USER summitbot
# The launcher's JVM settings for the bot (docs/benchmarks.md); override with -e JDK_JAVA_OPTIONS=...
ENV JDK_JAVA_OPTIONS="-XX:+UseSerialGC -XX:MaxNewSize=32m"
EXPOSE 8081
# GET /healthz without curl (not every JRE image has it): bash's /dev/tcp, 200 or unhealthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8081 && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# The token comes from DISCORD_TOKEN (or discord.tokenFile, e.g. a mounted secret). A SIGHUP
# (`docker kill --signal=HUP`) reloads the knowledge (every replica sharing a cluster state folder);
# SIGTERM (`docker stop`) shuts the bot down cleanly.
ENTRYPOINT ["java", "-Dsummitbot.home=/app", "-jar", "/app/summitbot.jar"]
CMD ["discord"]
