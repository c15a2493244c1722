package dev.summitbot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The summaries the bot pinned and keeps up to date after each reload, kept in a small JSON file
 * ({@code logs.pinnedSummaries}) so that a restart keeps updating them. The file is rewritten whole
 * on each change: a temporary file beside it, then renamed over it, so a crash leaves the old list or
 * the new one, never half of one. No JDA here: {@link LivingPins} does the Discord part.
 */
final class PinnedSummaryStore {

    /** One pinned summary: where it is and what it summarizes. */
    record Pinned(String channelId, String messageId, Optional<String> topic) {}

    private static final Logger LOG = LoggerFactory.getLogger(PinnedSummaryStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<Pinned> pinned = new ArrayList<>();

    PinnedSummaryStore(Path file) {
        this.file = file;
        read();
    }

    synchronized List<Pinned> all() {
        return List.copyOf(pinned);
    }

    /** Keeps {@code summary} up to date from now on. */
    synchronized void add(Pinned summary) {
        pinned.removeIf(p -> p.messageId().equals(summary.messageId()));
        pinned.add(summary);
        write();
    }

    /** Stops updating one message (unpinned, deleted, or replaced by a newer summary); true if it was kept. */
    synchronized boolean remove(String messageId) {
        boolean removed = pinned.removeIf(p -> p.messageId().equals(messageId));
        if (removed) {
            write();
        }
        return removed;
    }

    /** Stops updating every summary pinned in a channel; returns how many there were. */
    synchronized int removeChannel(String channelId) {
        int before = pinned.size();
        pinned.removeIf(p -> p.channelId().equals(channelId));
        if (pinned.size() != before) {
            write();
        }
        return before - pinned.size();
    }

    private void read() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            for (JsonNode p : root.path("pinned")) {
                String channel = p.path("channel").asText("");
                String message = p.path("message").asText("");
                if (channel.matches("\\d{1,20}") && message.matches("\\d{1,20}")) {
                    pinned.add(new Pinned(channel, message, Optional.ofNullable(p.path("topic").textValue())));
                }
            }
        } catch (IOException e) {
            // An unreadable list must not stop the bot: its pinned summaries just stop being updated.
            LOG.warn("cannot read the pinned summaries file {} ({}); pinned summaries will not be updated until pinned again",
                    file, e.toString());
        }
    }

    private void write() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("pinned");
        for (Pinned p : pinned) {
            list.addObject().put("channel", p.channelId()).put("message", p.messageId()).put("topic", p.topic().orElse(null));
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pinned summaries file " + file, e);
        }
    }
}
