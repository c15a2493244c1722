package dev.summitbot.health;

import java.util.Optional;

/**
 * What {@code /healthz} reports.
 *
 * @param gateway the Discord gateway's status as the client names it ({@code CONNECTED}, {@code ATTEMPTING_TO_RECONNECT}, …)
 * @param gatewayConnected whether the gateway is connected and receiving events
 * @param knowledgeVersion the knowledge version answering; empty when none is loaded
 */
public record HealthState(String gateway, boolean gatewayConnected, Optional<String> knowledgeVersion) {

    /** Healthy: connected, and knowledge is loaded. */
    public boolean healthy() {
        return gatewayConnected && knowledgeVersion.isPresent();
    }
}
