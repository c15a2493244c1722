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

    public boolean isResume() {
        return op == GatewayPayloads.RESUME;
    }

    @Override
    public String toString() {
        return "op " + op + " on connection " + connection;
    }
}
