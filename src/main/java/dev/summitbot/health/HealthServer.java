package dev.summitbot.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.summitbot.config.HealthConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional HTTP endpoint, on the JDK's own server and one named thread: {@code GET /healthz}
 * (200 when healthy, 503 otherwise, with a small JSON body) and {@code GET /metrics} (Prometheus text).
 */
public final class HealthServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HealthServer.class);
    static final String METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService thread;

    private HealthServer(HttpServer server, ExecutorService thread) {
        this.server = server;
        this.thread = thread;
    }

    /** Listens on the configured address and port (0: a free one) until closed. */
    public static HealthServer start(HealthConfig config, Metrics metrics, Supplier<HealthState> state) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 16);
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "summitbot-health");
            t.setDaemon(true);
            return t;
        });
        ObjectMapper json = new ObjectMapper();
        server.createContext("/healthz", get(exchange -> {
            HealthState now = state.get();
            ObjectNode body = json.createObjectNode()
                    .put("status", now.healthy() ? "ok" : "unavailable")
                    .put("gateway", now.gateway())
                    .put("knowledge", now.knowledgeVersion().orElse(null));
            send(exchange, now.healthy() ? 200 : 503, "application/json", json.writeValueAsString(body) + "\n");
        }));
        server.createContext("/metrics", get(exchange -> send(exchange, 200, METRICS_TYPE, metrics.render())));
        server.createContext("/", exchange -> {
            try (exchange) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found: try /healthz or /metrics\n");
            }
        });
        server.setExecutor(thread);
        server.start();
        HealthServer started = new HealthServer(server, thread);
        LOG.info("health endpoint on http://{}:{}/healthz and /metrics", config.host(), started.port());
        return started;
    }

    /** The port it listens on (the free one picked for port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        thread.shutdownNow();
    }

    /** Only exact paths and GET (or HEAD); anything else is 404 or 405. */
    private static HttpHandler get(HttpHandler handler) {
        return exchange -> {
            try (exchange) {
                if (!exchange.getRequestURI().getPath().equals(exchange.getHttpContext().getPath())) {
                    send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
                } else if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                    send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
                } else {
                    handler.handle(exchange);
                }
            } catch (RuntimeException e) {
                LOG.error("health endpoint failed on {}", exchange.getRequestURI(), e);
            }
        };
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
