package dev.summitbot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.config.BotConfig;
import dev.summitbot.config.ConfigLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The container files agree with each other and with the project; no Docker needed. (Whether the image
 * builds is checked only where a Docker daemon and the base images are at hand: README, "Running in a container".)
 */
@DisplayName("Dockerfile, .dockerignore, compose.yaml and the image's configuration agree")
final class ContainerFilesTest {

    private final Path root = Fixtures.projectRoot();

    @Test
    @DisplayName("the image's configuration loads, keeps knowledge and data in the volumes and serves health on 0.0.0.0")
    void imageConfiguration() throws Exception {
        // GIVEN / WHEN
        BotConfig config = new ConfigLoader().loadNamed(root.resolve("docker/summitbot.yaml"));

        // THEN
        assertThat(config.knowledge().folder()).isEqualTo("knowledge");
        assertThat(List.of(config.logs().reloadAudit(), config.logs().feedback(), config.logs().pinnedSummaries()))
                .allSatisfy(path -> assertThat(path).startsWith("data/"));
        assertThat(config.health().enabled()).isTrue();
        assertThat(config.health().host()).isEqualTo("0.0.0.0");
        assertThat(config.discord().tokenFileOption()).isEmpty();
    }

    @Test
    @DisplayName("every file the Dockerfile copies from the context exists and is not left out by .dockerignore")
    void copiedFilesAreInTheContext() throws Exception {
        // GIVEN
        String dockerfile = read("Dockerfile");
        List<String> ignored = read(".dockerignore").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.replaceAll("/$", "")).toList();

        // WHEN the sources of COPY lines without --from
        Matcher copy = Pattern.compile("(?m)^COPY (?!--from)(\\S+) ").matcher(dockerfile);
        List<String> sources = copy.results().map(m -> m.group(1).replaceAll("/$", "")).toList();

        // THEN
        assertThat(sources).contains("pom.xml", "src/main", "knowledge", "docker/summitbot.yaml");
        assertThat(sources).allSatisfy(source -> {
            assertThat(root.resolve(source)).exists();
            assertThat(ignored).noneSatisfy(pattern -> assertThat(source.equals(pattern) || source.startsWith(pattern + "/")).isTrue());
        });
    }

    @Test
    @DisplayName("the image runs as a non-root user, with knowledge, config, data and cluster state as volumes, and probes the configured port")
    void imageShape() throws Exception {
        // GIVEN
        String dockerfile = read("Dockerfile");
        int port = new ConfigLoader().loadNamed(root.resolve("docker/summitbot.yaml")).health().port();

        // WHEN / THEN
        assertThat(dockerfile).containsPattern("(?m)^FROM maven:\\S+ AS build$").containsPattern("(?m)^FROM eclipse-temurin:17-jre$");
        assertThat(dockerfile).containsPattern("(?m)^USER summitbot$").doesNotContainPattern("(?m)^USER root");
        assertThat(dockerfile).contains("VOLUME [\"/app/knowledge\", \"/app/config\", \"/app/data\", \"/app/state\"]")
                .contains("chown summitbot:summitbot /app/data /app/state");
        assertThat(dockerfile).contains("EXPOSE " + port).contains("/dev/tcp/127.0.0.1/" + port + " ").contains("GET /healthz");
        assertThat(dockerfile).doesNotContain("DISCORD_TOKEN=");
        assertThat(read("compose.yaml")).contains("DISCORD_TOKEN: ${DISCORD_TOKEN")
                .contains(":/app/knowledge").contains(":/app/config").contains(":/app/data").contains(":" + port + "\"");
        // Both replicas share one cluster state volume, and name it to the bot.
        String compose = read("compose.yaml");
        assertThat(compose.split("- summitbot-state:/app/state", -1)).hasSize(3);
        assertThat(compose.split("SUMMITBOT_CLUSTER_STATE_DIR: /app/state", -1)).hasSize(3);
    }

    private String read(String file) throws Exception {
        return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
    }
}
