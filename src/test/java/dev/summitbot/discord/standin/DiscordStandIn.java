package dev.summitbot.discord.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A local stand-in for Discord's REST API and gateway, for end-to-end tests that drive the real JDA
 * client. Listens on 127.0.0.1 only, on free ports; {@link #close()} stops everything.
 *
 * <p>Point JDA at {@link #restBaseUrl()} and {@link #gatewayUrl()} (see {@link StandInJda}), inject
 * events with the methods below, and assert the REST requests JDA makes with {@link #awaitRequest}.
 */
public final class DiscordStandIn implements AutoCloseable {
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    /** The default time to wait for JDA: generous, as a test should only wait this long when it fails. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Guilds guilds;
    private final GuildModel model;
    private final Snowflakes snowflakes;
    private final MessageStore messages;
    private final RequestLog requests = new RequestLog();
    private final StandInGateway gateway;
    private final ApplicationRoutes applications;
    private final InteractionRoutes interactions;
    private final EventPayloads payloads;
    private final StandInRest rest;

    private DiscordStandIn(Guilds guilds, Clock clock) throws IOException, InterruptedException {
        this.guilds = guilds;
        this.model = guilds.primary();
        this.snowflakes = new Snowflakes(clock);
        this.messages = new MessageStore(guilds, snowflakes, clock);
        this.payloads = new EventPayloads(guilds);
        this.gateway = new StandInGateway(guilds);
        gateway.startAndWait(TIMEOUT);
        this.applications = new ApplicationRoutes(guilds, snowflakes, this::gatewayUrl);
        this.interactions = new InteractionRoutes(messages);
        List<RestRoute> routes = new ArrayList<>(applications.routes());
        routes.addAll(interactions.routes());
        routes.addAll(new ChannelRoutes(messages, clock).routes());
        try {
            this.rest = new StandInRest(routes, requests);
        } catch (IOException | RuntimeException e) {
            gateway.shutdown();
            throw e;
        }
    }

    /** Starts a stand-in serving {@link GuildModel#standard()}. */
    public static DiscordStandIn start() throws IOException, InterruptedException {
        return start(GuildModel.standard());
    }

    public static DiscordStandIn start(GuildModel model) throws IOException, InterruptedException {
        return new DiscordStandIn(new Guilds(List.of(model)), Clock.systemUTC());
    }

    /**
     * Starts a stand-in serving several guilds, for sharded bots: each guild goes to the shard Discord's rule
     * gives it, with a session of its own; at most one guild per shard. The first is {@link #model()}.
     */
    public static DiscordStandIn start(GuildModel first, GuildModel... more) throws IOException, InterruptedException {
        List<GuildModel> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return new DiscordStandIn(new Guilds(all), Clock.systemUTC());
    }

    /** The primary guild: the only one unless the stand-in was started with several. */
    public GuildModel model() {
        return model;
    }

    /** The guild that has the channel. */
    public GuildModel guildOf(long channelId) {
        return guilds.byChannel(channelId);
    }

    /** E.g. {@code http://127.0.0.1:PORT/api/v10/}, for {@code RestConfig.setBaseUrl}. */
    public String restBaseUrl() {
        return rest.baseUrl();
    }

    /** E.g. {@code ws://127.0.0.1:PORT}, for {@code SessionController.getGateway()}. */
    public String gatewayUrl() {
        return gateway.url();
    }

    // ---- events -------------------------------------------------------------------------------------

    /** A slash command in the model's default channel. Options: String, Boolean, Integer/Long, Double. */
    public InjectedInteraction slashCommand(String name, Map<String, ?> options, StandInMember member) {
        return slashCommand(model.defaultChannel().id(), name, options, member);
    }

    public InjectedInteraction slashCommand(long channelId, String name, Map<String, ?> options, StandInMember member) {
        ObjectNode data = EventPayloads.commandData(commandId(name), name, EventPayloads.SLASH);
        data.set("options", EventPayloads.options(options, null));
        return inject(EventPayloads.COMMAND, channelId, 0, member, data);
    }

    /** An autocomplete request (interaction type 4) while {@code member} types {@code focusedOption}. */
    public InjectedInteraction autocomplete(String name, Map<String, ?> options, String focusedOption,
            StandInMember member) {
        ObjectNode data = EventPayloads.commandData(commandId(name), name, EventPayloads.SLASH);
        data.set("options", EventPayloads.options(options, focusedOption));
        return inject(EventPayloads.AUTOCOMPLETE, model.defaultChannel().id(), 0, member, data);
    }

    /** A message context-menu command on a message the stand-in knows (injected or posted by the bot). */
    public InjectedInteraction messageContextCommand(String name, long targetMessageId, StandInMember member) {
        ObjectNode target = knownMessage(targetMessageId);
        ObjectNode data = EventPayloads.commandData(commandId(name), name, EventPayloads.MESSAGE_COMMAND)
                .put("target_id", Long.toString(targetMessageId));
        data.putObject("resolved").putObject("messages").set(Long.toString(targetMessageId), target);
        return inject(EventPayloads.COMMAND, target.path("channel_id").asLong(), targetMessageId, member, data);
    }

    /** A click on the button {@code customId} of a message the stand-in knows (usually one the bot posted). */
    public InjectedInteraction buttonClick(String customId, long messageId, StandInMember member) {
        ObjectNode message = knownMessage(messageId);
        InjectedInteraction ids = ids(EventPayloads.COMPONENT, message.path("channel_id").asLong(), messageId);
        ObjectNode payload = payloads.interaction(ids, member, EventPayloads.buttonData(customId));
        payload.set("message", message);
        return dispatch(ids, payload);
    }

    /** A plain message by {@code author} in the model's default channel. */
    public InjectedMessage messageCreate(StandInMember author, String content) {
        return messageCreate(model.defaultChannel().id(), author, content, List.of(), null);
    }

    /**
     * A MESSAGE_CREATE. Members whose mention markup ({@link StandInUser#mention()}) is in {@code content}
     * go into the message's mention list, as Discord does, plus any in {@code mentions}. {@code replyToMessageId} (nullable) makes it a reply
     * with {@code message_reference} and, if the stand-in knows that message, {@code referenced_message}. For
     * an author that is a bot, pass {@link StandInMember#asBot()}.
     */
    public InjectedMessage messageCreate(long channelId, StandInMember author, String content,
            List<StandInMember> mentions, Long replyToMessageId) {
        guilds.byChannel(channelId).channel(channelId);
        ObjectNode message = messages.blank(channelId, author.user()).put("content", content);
        if (replyToMessageId != null) {
            messages.linkReply(message, channelId, replyToMessageId);
        }
        payloads.messageCreate(message, author, mentioned(content, mentions));
        ObjectNode stored = message.deepCopy();
        stored.remove("member");
        messages.save(stored);
        gateway.dispatch("MESSAGE_CREATE", message);
        return new InjectedMessage(message.path("id").asLong(), channelId);
    }

    /** Sends any other dispatch; returns its sequence number (0 while it waits for JDA's next session). */
    public int dispatch(String type, ObjectNode data) {
        return gateway.dispatch(type, data);
    }

    // ---- gateway control ----------------------------------------------------------------------------

    /** Sends op 7 RECONNECT: JDA should reconnect and RESUME. */
    public void sendReconnect() {
        gateway.sendReconnect();
    }

    /** Closes the gateway socket from the server side, e.g. with 4000 (resumable). */
    public void closeSocket(int code) {
        gateway.closeSocket(code);
    }

    /**
     * Closes every gateway connection with {@code code} and refuses every later one with it; with 4004
     * (authentication failed) a JDA in any state stops, so a failed test leaves no client reconnecting.
     */
    public void endEverySession(int code) {
        gateway.endEverySession(code);
    }

    /** Sends op 9 INVALID_SESSION (not resumable): JDA identifies again after about 5 s. */
    public void invalidateSession() {
        gateway.invalidateSession();
    }

    /** Every payload JDA sent to the gateway, in order. */
    public List<GatewayOp> gatewayOps() {
        return gateway.receivedOps();
    }

    /** Waits for a gateway payload from JDA, e.g. {@code GatewayOp::isResume}. */
    public GatewayOp awaitGatewayOp(Predicate<GatewayOp> matcher) throws InterruptedException {
        return gateway.awaitOp(matcher, TIMEOUT);
    }

    /** How many gateway connections JDA opened so far. */
    public int gatewayConnections() {
        return gateway.connectionCount();
    }

    // ---- REST log -----------------------------------------------------------------------------------

    public List<RecordedRequest> requests() {
        return requests.all();
    }

    /** Requests no route knew (each was answered 404); a passing test should have none. */
    public List<RecordedRequest> unknownRequests() {
        return requests.all().stream().filter(r -> !r.knownRoute()).toList();
    }

    public RecordedRequest awaitRequest(Predicate<RecordedRequest> matcher) throws InterruptedException {
        return awaitRequest(matcher, TIMEOUT);
    }

    /** The first request (already made or still to come) that matches; fails listing all requests. */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> matcher, Duration timeout)
            throws InterruptedException {
        return requests.await(matcher, timeout);
    }

    /** Waits for {@code method} on a path matching {@code pathRegex}, e.g. {@code "/channels/\\d+/messages"}. */
    public RecordedRequest awaitRequest(String method, String pathRegex) throws InterruptedException {
        return awaitRequest(r -> r.is(method, pathRegex));
    }

    /** Waits for the initial response (callback) to an injected interaction. */
    public RecordedRequest awaitCallback(InjectedInteraction interaction) throws InterruptedException {
        return awaitRequest("POST", Pattern.quote(interaction.callbackPath()));
    }

    /**
     * The id of the message created by the response to {@code interaction} (its {@code @original}): awaits the
     * callback first, so call it once JDA is expected to have answered.
     */
    public long responseMessageId(InjectedInteraction interaction) throws InterruptedException {
        awaitCallback(interaction);
        return interactions.original(interaction).orElseThrow(() -> new AssertionError(
                "the response to interaction " + interaction.id() + " created no message"));
    }

    /** A message the stand-in knows (posted by the bot or injected), as Discord would return it. */
    public ObjectNode message(long id) {
        return knownMessage(id);
    }

    @Override
    public void close() {
        try {
            rest.close();
        } finally {
            try {
                gateway.shutdown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- internals ----------------------------------------------------------------------------------

    private InjectedInteraction inject(int type, long channelId, long messageId, StandInMember member,
            ObjectNode data) {
        InjectedInteraction ids = ids(type, channelId, messageId);
        return dispatch(ids, payloads.interaction(ids, member, data));
    }

    private InjectedInteraction ids(int type, long channelId, long messageId) {
        byte[] random = new byte[24];
        ThreadLocalRandom.current().nextBytes(random);
        String token = "aW50ZXJhY3Rpb24" + HexFormat.of().formatHex(random);
        return new InjectedInteraction(snowflakes.next(), token, type, channelId, messageId);
    }

    private InjectedInteraction dispatch(InjectedInteraction ids, ObjectNode payload) {
        interactions.register(ids);
        gateway.dispatch("INTERACTION_CREATE", payload);
        return ids;
    }

    private long commandId(String name) {
        return applications.commandId(name).orElseGet(snowflakes::next);
    }

    private List<StandInMember> mentioned(String content, List<StandInMember> explicit) {
        List<StandInMember> mentioned = new ArrayList<>(explicit);
        for (StandInMember member : model.members()) {
            boolean inContent = content.contains("<@" + member.id() + ">") || content.contains("<@!" + member.id() + ">");
            if (inContent && mentioned.stream().noneMatch(m -> m.id() == member.id())) {
                mentioned.add(member);
            }
        }
        return mentioned;
    }

    private ObjectNode knownMessage(long id) {
        return messages.find(id).orElseThrow(() -> new IllegalArgumentException(
                "the stand-in knows no message " + id + ": inject it or let the bot post it first"));
    }
}
