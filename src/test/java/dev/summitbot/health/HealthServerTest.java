package dev.summitbot.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.answer.Answer;
import dev.summitbot.config.HealthConfig;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("HealthServer: /healthz and /metrics over real HTTP on a free port of 127.0.0.1")
final class HealthServerTest {

    private static final HealthState HEALTHY = new HealthState("CONNECTED", true, Optional.of("6b1c1a1dcb@20260115T100000Z"));

    private final AtomicReference<HealthState> state = new AtomicReference<>(HEALTHY);
    private final Metrics metrics = new Metrics();
    private HealthServer server;

    @BeforeEach
    void start() throws Exception {
        server = HealthServer.start(new HealthConfig(true, "127.0.0.1", 0), metrics, state::get);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("/healthz is 200 with a small JSON body when the gateway is connected and knowledge is loaded")
    void healthy() throws Exception {
        // GIVEN the healthy state
        // WHEN
        HttpResponse<String> response = HttpGet.get(uri("/healthz"));

        // THEN
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.path("status").asText()).isEqualTo("ok");
        assertThat(body.path("gateway").asText()).isEqualTo("CONNECTED");
        assertThat(body.path("knowledge").asText()).isEqualTo("6b1c1a1dcb@20260115T100000Z");
    }

    @ParameterizedTest(name = "gateway {0}, connected {1}, knowledge loaded {2}")
    @CsvSource({"ATTEMPTING_TO_RECONNECT, false, true", "CONNECTED, true, false", "SHUTDOWN, false, false"})
    @DisplayName("/healthz is 503 when the gateway is not connected or no knowledge is loaded, and says which")
    void unhealthy(String gateway, boolean connected, boolean loaded) throws Exception {
        // GIVEN
        state.set(new HealthState(gateway, connected, loaded ? HEALTHY.knowledgeVersion() : Optional.empty()));

        // WHEN
        HttpResponse<String> response = HttpGet.get(uri("/healthz"));

        // THEN
        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.path("status").asText()).isEqualTo("unavailable");
        assertThat(body.path("gateway").asText()).isEqualTo(gateway);
        assertThat(body.path("knowledge").isNull()).isEqualTo(!loaded);
    }

    @Test
    @DisplayName("/metrics serves the current counters as Prometheus text")
    void metrics() throws Exception {
        // GIVEN
        metrics.question(Answer.Outcome.ANSWERED, 1.5);
        metrics.gatewayReconnected();

        // WHEN
        HttpResponse<String> response = HttpGet.get(uri("/metrics"));

        // THEN
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body()).isEqualTo(metrics.render());
        assertThat(response.body().lines()).contains("summitbot_questions_total{outcome=\"answered\"} 1",
                "summitbot_gateway_reconnects_total 1");
    }

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({"GET, /, 404", "GET, /healthz/more, 404", "GET, /metricsx, 404", "POST, /healthz, 405", "DELETE, /metrics, 405",
        "HEAD, /healthz, 200"})
    @DisplayName("other paths are 404 and other methods 405")
    void otherRequests(String method, String path, int status) throws Exception {
        // GIVEN / WHEN
        HttpResponse<String> response = HttpGet.send(method, uri(path));

        // THEN
        assertThat(response.statusCode()).isEqualTo(status);
    }

    @Test
    @DisplayName("the endpoint is off by default and listens on 127.0.0.1 when on")
    void defaults() {
        // GIVEN / WHEN
        HealthConfig config = HealthConfig.DEFAULT;

        // THEN
        assertThat(config.enabled()).isFalse();
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8081);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
