package dev.summitbot.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A payload JDA sent to the gateway: its op code (1 heartbeat, 2 IDENTIFY, 6 RESUME, ...), its {@code d}
 * and the number of the socket connection it came on (1 for the first connection).
 */
public record GatewayOp(int op, JsonNode data, int connection) {

    public boolean isIdentify() {
        return op == GatewayPayloads.IDENTIFY;
    }

    /** The {@code [shard_id, num_shards]} an IDENTIFY names; {@code [0, 1]} when it names none. */
    public int[] shard() {
        JsonNode shard = data.path("shard");
        return shard.isArray() && shard.size() == 2 ? new int[] {shard.get(0).asInt(), shard.get(1).asInt()} : new int[] {0, 1};
    }

    public boolean isResume() {
        return op == GatewayPayloads.RESUME;
    }

    @Override
    public String toString() {
        return "op " + op + " on connection " + connection;
    }
}
