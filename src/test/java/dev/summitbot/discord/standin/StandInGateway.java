package dev.summitbot.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway half of the stand-in: one session at a time, with sequence numbers, a history of
 * dispatches for RESUME to replay, and controls to make JDA reconnect.
 *
 * <p>Shards: an IDENTIFY with {@code shard: [i, n]} is answered as Discord would. The shard that holds the
 * guild ({@code (guild_id >> 22) % n}) becomes the session described below, which every event goes to;
 * any other shard gets a READY with no guilds and its own session, which carries no events.
 *
 * <p>A dispatch goes out on the "live" connection, the one that last identified or resumed. While there
 * is none (after a RECONNECT or a close, before the RESUME) dispatches are only kept in the history and
 * reach JDA as the replay of its RESUME, as they would on Discord. While there is no session at all
 * (before the first IDENTIFY, or after an invalidation) they wait, and follow the next READY and
 * GUILD_CREATE, so a test never loses an event to a race with JDA's reconnecting.
 */
final class StandInGateway extends WebSocketServer {
    private static final int HEARTBEAT_INTERVAL_MILLIS = 41_250;

    private final GuildModel model;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger connections = new AtomicInteger();
    private final Object sessionLock = new Object();
    private final List<ObjectNode> history = new ArrayList<>();
    private final List<GatewayOp> received = new ArrayList<>();
    private final List<Map.Entry<String, ObjectNode>> awaitingSession = new ArrayList<>();
    private volatile Exception failure;
    private WebSocket live;
    private String sessionId;
    private int seq;

    StandInGateway(GuildModel model) {
        super(new InetSocketAddress(DiscordStandIn.LOOPBACK, 0));
        this.model = model;
        setDaemon(true);
        setReuseAddr(true);
        setConnectionLostTimeout(0);
    }

    void startAndWait(Duration timeout) throws InterruptedException {
        start();
        if (!started.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("gateway stand-in did not start within " + timeout, failure);
        }
    }

    /** Stops the server and waits for its worker threads, which {@code stop()} only interrupts. */
    void shutdown() throws InterruptedException {
        stop(1000);
        for (Thread worker : decoders) {
            worker.join(1000);
        }
    }

    String url() {
        return "ws://" + DiscordStandIn.LOOPBACK.getHostAddress() + ":" + getPort();
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        conn.setAttachment(connections.incrementAndGet());
        conn.send(Json.write(GatewayPayloads.hello(HEARTBEAT_INTERVAL_MILLIS)));
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonNode payload = Json.parse(message.getBytes(StandardCharsets.UTF_8));
        GatewayOp op = new GatewayOp(payload.path("op").asInt(-1), payload.path("d"), conn.<Integer>getAttachment());
        synchronized (received) {
            received.add(op);
            received.notifyAll();
        }
        switch (op.op()) {
            case GatewayPayloads.HEARTBEAT -> conn.send(Json.write(GatewayPayloads.op(GatewayPayloads.HEARTBEAT_ACK)));
            case GatewayPayloads.IDENTIFY -> identify(conn, op.shard());
            case GatewayPayloads.RESUME -> resume(conn, op.data());
            default -> { } // presence, voice and member requests: recorded only
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        synchronized (sessionLock) {
            if (conn == live) {
                live = null;
            }
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) {
            failure = ex;
            started.countDown();
        }
    }

    private void identify(WebSocket conn, int[] shard) {
        if ((model.guildId() >>> 22) % shard[1] != shard[0]) {
            // A shard without the guild: READY with no guilds, and nothing after it.
            String otherSession = UUID.randomUUID().toString().replace("-", "");
            conn.send(Json.write(GatewayPayloads.dispatch("READY", 1, GatewayPayloads.ready(model, otherSession, url(), false))));
            return;
        }
        synchronized (sessionLock) {
            sessionId = UUID.randomUUID().toString().replace("-", "");
            seq = 0;
            history.clear();
            live = conn;
            dispatch("READY", GatewayPayloads.ready(model, sessionId, url()));
            dispatch("GUILD_CREATE", GatewayPayloads.guildCreate(model));
            awaitingSession.forEach(event -> dispatch(event.getKey(), event.getValue()));
            awaitingSession.clear();
        }
    }

    private void resume(WebSocket conn, JsonNode data) {
        synchronized (sessionLock) {
            if (sessionId == null || !sessionId.equals(data.path("session_id").asText())) {
                conn.send(Json.write(GatewayPayloads.invalidSession(false)));
                return;
            }
            int lastSeen = data.path("seq").asInt();
            for (ObjectNode missed : history) {
                if (missed.path("s").asInt() > lastSeen) {
                    conn.send(Json.write(missed));
                }
            }
            live = conn;
            dispatch("RESUMED", Json.object());
        }
    }

    /**
     * Sends a dispatch, or keeps it for the RESUME to replay, or for the next session; returns its sequence
     * number, 0 while it waits for a session.
     */
    int dispatch(String type, ObjectNode data) {
        synchronized (sessionLock) {
            if (sessionId == null) {
                awaitingSession.add(Map.entry(type, data));
                return 0;
            }
            ObjectNode payload = GatewayPayloads.dispatch(type, ++seq, data);
            history.add(payload);
            if (live != null) {
                try {
                    live.send(Json.write(payload));
                } catch (WebsocketNotConnectedException e) {
                    live = null; // JDA will resume and get it replayed
                }
            }
            return seq;
        }
    }

    /** Sends op 7 RECONNECT; JDA closes the socket and resumes on a new one. */
    void sendReconnect() {
        synchronized (sessionLock) {
            WebSocket current = requireLive();
            live = null;
            current.send(Json.write(GatewayPayloads.op(GatewayPayloads.RECONNECT)));
        }
    }

    /** Closes the live socket from the server side with {@code code}, e.g. 4000 (resumable). */
    void closeSocket(int code) {
        synchronized (sessionLock) {
            WebSocket current = requireLive();
            live = null;
            current.close(code, "closed by the Discord stand-in");
        }
    }

    /** Sends op 9 with {@code d:false} and forgets the session: JDA identifies anew after a few seconds. */
    void invalidateSession() {
        synchronized (sessionLock) {
            WebSocket current = requireLive();
            live = null;
            sessionId = null;
            current.send(Json.write(GatewayPayloads.invalidSession(false)));
        }
    }

    private WebSocket requireLive() {
        if (live == null) {
            throw new IllegalStateException("no live gateway connection: JDA has not identified or resumed yet");
        }
        return live;
    }

    List<GatewayOp> receivedOps() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    GatewayOp awaitOp(Predicate<GatewayOp> matcher, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (true) {
                for (GatewayOp op : received) {
                    if (matcher.test(op)) {
                        return op;
                    }
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("no matching gateway payload from JDA within " + timeout
                            + "; received: " + received);
                }
                received.wait(left);
            }
        }
    }

    int connectionCount() {
        return connections.get();
    }
}
