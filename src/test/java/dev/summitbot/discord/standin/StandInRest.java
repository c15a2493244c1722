package dev.summitbot.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The REST half of the stand-in: an HTTP server on 127.0.0.1 that records every request in a
 * {@link RequestLog} and answers it from the first matching {@link RestRoute}, or with a Discord-style
 * 404 for an unknown route.
 */
final class StandInRest implements AutoCloseable {
    static final String API_PREFIX = "/api/v10";

    private final HttpServer server;
    private final ExecutorService workers;
    private final List<RestRoute> routes;
    private final RequestLog log;

    StandInRest(List<RestRoute> routes, RequestLog log) throws IOException {
        this.routes = List.copyOf(routes);
        this.log = log;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "discord-stand-in-rest-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(DiscordStandIn.LOOPBACK, 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(workers);
        server.start();
    }

    String baseUrl() {
        return "http://" + DiscordStandIn.LOOPBACK.getHostAddress() + ":" + server.getAddress().getPort()
                + API_PREFIX + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = read(exchange);
            boolean underApi = exchange.getRequestURI().getPath().startsWith(API_PREFIX + "/");
            RestAnswer answer = underApi ? route(request) : null;
            boolean known = answer != null;
            if (!known) {
                answer = RestAnswer.error(404, 0, "404: Not Found");
            }
            try {
                respond(exchange, answer);
            } finally {
                // logged once answered, so a test that awaited it knows JDA has its response
                log.add(new RecordedRequest(request.method(), request.path(), request.query(), request.headers(),
                        request.body(), request.fileNames(), answer.status(), known));
            }
        }
    }

    private RestAnswer route(RecordedRequest request) {
        try {
            for (RestRoute route : routes) {
                RestAnswer answer = route.answer(request);
                if (answer != null) {
                    return answer;
                }
            }
            return null;
        } catch (RuntimeException e) {
            return RestAnswer.error(500, 0, "stand-in failure: " + e);
        }
    }

    private static RecordedRequest read(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getPath();
        String path = rawPath.startsWith(API_PREFIX) ? rawPath.substring(API_PREFIX.length()) : rawPath;
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), values.isEmpty() ? "" : values.get(0)));
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
        }
        String contentType = headers.get("content-type");
        JsonNode body = NullNode.getInstance();
        List<String> files = List.of();
        if (Multipart.isMultipart(contentType)) {
            Multipart multipart = Multipart.parse(contentType, bytes);
            body = lenientJson(multipart.payloadJson());
            files = multipart.fileNames();
        } else if (bytes.length > 0) {
            body = lenientJson(bytes);
        }
        return new RecordedRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT), path,
                query(exchange.getRequestURI().getRawQuery()), headers, body, files, 0, true);
    }

    /** The body as JSON, or as a JSON string if it is not JSON (so the test sees what was sent). */
    private static JsonNode lenientJson(byte[] bytes) {
        try {
            return Json.parse(bytes);
        } catch (UncheckedIOException e) {
            return TextNode.valueOf(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    private static void respond(HttpExchange exchange, RestAnswer answer) throws IOException {
        if (answer.body().isNull()) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        byte[] body = Json.bytes(answer.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
