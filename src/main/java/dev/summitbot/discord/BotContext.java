package dev.summitbot.discord;

import dev.summitbot.config.DiscordConfig;
import dev.summitbot.service.KnowledgeService;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

/** What every Discord handler shares: the services, the bot's small state, and the clock. */
record BotContext(
        KnowledgeService knowledge,
        DiscordConfig config,
        AnswerCache answers,
        FeedbackStore feedback,
        RateLimiter rateLimiter,
        Permissions permissions,
        Clock clock,
        Instant started,
        ScheduledExecutorService answering,
        Duration replyBudget) {

    static BotContext create(KnowledgeService knowledge, DiscordConfig config, FeedbackStore feedback, Clock clock,
            ScheduledExecutorService answering, Duration replyBudget) {
        return new BotContext(knowledge, config, new AnswerCache(10_000), feedback,
                new RateLimiter(config.rateLimit(), clock), new Permissions(config), clock, clock.instant(), answering,
                replyBudget);
    }
}
