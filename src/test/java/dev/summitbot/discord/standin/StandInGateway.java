package dev.summitbot.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>Shards: an IDENTIFY with {@code shard: [i, n]} is answered as Discord would. The shard that holds a
 * guild ({@code (guild_id >> 22) % n}) becomes that guild's session, described below, which the guild's
 * events go to (an event names its guild in {@code guild_id}; one without goes to the primary guild); any
 * other shard gets a READY with no guilds and its own session, which carries no events. The controls
 * (RECONNECT, close, INVALID_SESSION) act on the primary guild's session.
 *
 * <p>A dispatch goes out on the "live" connection, the one that last identified or resumed. While there
 * is none (after a RECONNECT or a close, before the RESUME) dispatches are only kept in the history and
 * reach JDA as the replay of its RESUME, as they would on Discord. While there is no session at all
 * (before the first IDENTIFY, or after an invalidation) they wait, and follow the next READY and
 * GUILD_CREATE, so a test never loses an event to a race with JDA's reconnecting.
 */
final class StandInGateway extends WebSocketServer {
    private static final int HEARTBEAT_INTERVAL_MILLIS = 41_250;

    private final Guilds guilds;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger connections = new AtomicInteger();
    private final Object sessionLock = new Object();
    private final List<GatewayOp> received = new ArrayList<>();
    /** One per guild, by guild id, in the order of {@link Guilds#all()}. Guarded by {@code sessionLock}. */
    private final Map<Long, Session> sessions = new LinkedHashMap<>();
    private volatile Exception failure;
    /** Once set by {@link #endEverySession}, the close code every connection gets, new ones at once. */
    private volatile int refusalCode;

    /** The gateway session of one guild: the connection that carries its events, its sequence and history. */
    private static final class Session {
        final GuildModel model;
        final List<ObjectNode> history = new ArrayList<>();
        final List<Map.Entry<String, ObjectNode>> awaitingSession = new ArrayList<>();
        WebSocket live;
        String sessionId;
        int seq;

        Session(GuildModel model) {
            this.model = model;
        }
    }

    StandInGateway(Guilds guilds) {
        super(new InetSocketAddress(DiscordStandIn.LOOPBACK, 0));
        this.guilds = guilds;
        guilds.all().forEach(g -> sessions.put(g.guildId(), new Session(g)));
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
        if (refusalCode != 0) {
            conn.close(refusalCode, "refused by the Discord stand-in");
            return;
        }
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
            for (Session session : sessions.values()) {
                if (conn == session.live) {
                    session.live = null;
                }
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
        Optional<GuildModel> held = guilds.onShard(shard[0], shard[1]);
        if (held.isEmpty()) {
            // A shard without a guild: READY with no guilds, and nothing after it.
            String otherSession = UUID.randomUUID().toString().replace("-", "");
            conn.send(Json.write(GatewayPayloads.dispatch("READY", 1,
                    GatewayPayloads.ready(guilds.primary(), otherSession, url(), false))));
            return;
        }
        synchronized (sessionLock) {
            Session session = sessions.get(held.get().guildId());
            session.sessionId = UUID.randomUUID().toString().replace("-", "");
            session.seq = 0;
            session.history.clear();
            session.live = conn;
            dispatch(session, "READY", GatewayPayloads.ready(session.model, session.sessionId, url()));
            dispatch(session, "GUILD_CREATE", GatewayPayloads.guildCreate(session.model));
            session.awaitingSession.forEach(event -> dispatch(session, event.getKey(), event.getValue()));
            session.awaitingSession.clear();
        }
    }

    private void resume(WebSocket conn, JsonNode data) {
        synchronized (sessionLock) {
            String id = data.path("session_id").asText();
            Optional<Session> resumed = sessions.values().stream().filter(s -> id.equals(s.sessionId)).findFirst();
            if (resumed.isEmpty()) {
                conn.send(Json.write(GatewayPayloads.invalidSession(false)));
                return;
            }
            Session session = resumed.get();
            int lastSeen = data.path("seq").asInt();
            for (ObjectNode missed : session.history) {
                if (missed.path("s").asInt() > lastSeen) {
                    conn.send(Json.write(missed));
                }
            }
            session.live = conn;
            dispatch(session, "RESUMED", Json.object());
        }
    }

    /**
     * Sends a dispatch to the session of the guild its {@code guild_id} names (the primary guild's when it names
     * none), or keeps it for the RESUME to replay, or for the next session; returns its sequence number, 0 while
     * it waits for a session.
     */
    int dispatch(String type, ObjectNode data) {
        synchronized (sessionLock) {
            long guildId = data.path("guild_id").asLong(guilds.primary().guildId());
            return dispatch(sessions.getOrDefault(guildId, primary()), type, data);
        }
    }

    private int dispatch(Session session, String type, ObjectNode data) {
        synchronized (sessionLock) {
            if (session.sessionId == null) {
                session.awaitingSession.add(Map.entry(type, data));
                return 0;
            }
            ObjectNode payload = GatewayPayloads.dispatch(type, ++session.seq, data);
            session.history.add(payload);
            if (session.live != null) {
                try {
                    session.live.send(Json.write(payload));
                } catch (WebsocketNotConnectedException e) {
                    session.live = null; // JDA will resume and get it replayed
                }
            }
            return session.seq;
        }
    }

    /** Sends op 7 RECONNECT; JDA closes the socket and resumes on a new one. */
    void sendReconnect() {
        synchronized (sessionLock) {
            WebSocket current = requireLive();
            primary().live = null;
            current.send(Json.write(GatewayPayloads.op(GatewayPayloads.RECONNECT)));
        }
    }

    /** Closes the live socket from the server side with {@code code}, e.g. 4000 (resumable). */
    void closeSocket(int code) {
        synchronized (sessionLock) {
            WebSocket current = requireLive();
            primary().live = null;
            current.close(code, "closed by the Discord stand-in");
        }
    }

    /**
     * Closes every connection with {@code code} and refuses every later one with it: with a code JDA cannot
     * recover from (4004), whatever state it is in, it stops instead of reconnecting for ever.
     */
    void endEverySession(int code) {
        synchronized (sessionLock) {
            refusalCode = code;
            sessions.values().forEach(session -> session.live = null);
        }
        for (WebSocket connection : getConnections()) {
            connection.close(code, "closed by the Discord stand-in");
        }
    }

    /** Sends op 9 with {@code d:false} and forgets the session: JDA identifies anew after a few seconds. */
    void invalidateSession() {
        synchronized (sessionLock) {
            WebSocket current = requireLive();
            primary().live = null;
            primary().sessionId = null;
            current.send(Json.write(GatewayPayloads.invalidSession(false)));
        }
    }

    private Session primary() {
        return sessions.get(guilds.primary().guildId());
    }

    private WebSocket requireLive() {
        WebSocket live = primary().live;
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
