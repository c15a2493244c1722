package dev.summitbot.discord;

import dev.summitbot.cluster.ClusterMember;
import dev.summitbot.config.DiscordConfig;
import dev.summitbot.gaps.GapsLog;
import dev.summitbot.service.KnowledgeService;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every Discord handler shares: the services, the bot's small state, and the clock.
 *
 * @param answering the workers that compute answers and summaries, off JDA's event thread
 * @param deferrals the timer that defers slow replies: its own thread, so that an acknowledgement
 *     never waits behind answers (Discord drops an interaction not acknowledged within 3 s)
 * @param cluster the bot's other processes, for {@code /about}; empty for a process on its own
 * @param gaps where declined and partial questions are logged, and {@code /gaps} reads them
 */
record BotContext(
        KnowledgeService knowledge,
        DiscordConfig config,
        AnswerCache answers,
        FeedbackStore feedback,
        PinnedSummaryStore pins,
        RateLimiter rateLimiter,
        Permissions permissions,
        Clock clock,
        Instant started,
        ExecutorService answering,
        ScheduledExecutorService deferrals,
        Duration replyBudget,
        Optional<ClusterMember> cluster,
        GapsLog gaps) {

    static BotContext create(KnowledgeService knowledge, DiscordConfig config, FeedbackStore feedback, PinnedSummaryStore pins,
            Clock clock, ExecutorService answering, ScheduledExecutorService deferrals, Duration replyBudget,
            Optional<ClusterMember> cluster, GapsLog gaps) {
        return new BotContext(knowledge, config, new AnswerCache(AnswerCache.CAPACITY), feedback, pins,
                new RateLimiter(config.rateLimit(), clock), new Permissions(config), clock, clock.instant(), answering,
                deferrals, replyBudget, cluster, gaps);
    }
}
