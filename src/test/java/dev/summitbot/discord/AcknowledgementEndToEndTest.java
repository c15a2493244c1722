package dev.summitbot.discord;

import static dev.summitbot.discord.Bodies.description;
import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.discord.standin.InjectedInteraction;
import dev.summitbot.discord.standin.JdaLogGuard;
import dev.summitbot.discord.standin.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discord drops an interaction that is not acknowledged within 3 s. The acknowledgement (a
 * deferral when the answer is slow) must never wait behind work: here every answer worker is
 * occupied, and the deferral still goes out.
 */
@DisplayName("Acknowledging: a slow /ask is deferred even while every answer worker is busy")
final class AcknowledgementEndToEndTest {

    @RegisterExtension
    final JdaLogGuard jdaLog = JdaLogGuard.failOnWarnings();

    @TempDir
    Path work;

    private BotHarness discord;
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        if (discord != null) {
            discord.close();
        }
    }

    @Test
    @DisplayName("with both answer workers blocked, /ask is deferred; the answer follows once a worker is free")
    void deferredWhileWorkersBlocked() throws Exception {
        // GIVEN a bot with a short reply budget, and every answer worker blocked
        discord = BotHarness.builder(work).replyBudget(Duration.ofMillis(50)).start();
        CountDownLatch busy = new CountDownLatch(DiscordBot.ANSWER_THREADS);
        for (int i = 0; i < DiscordBot.ANSWER_THREADS; i++) {
            discord.bot().answerWorkers().execute(() -> {
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        assertThat(busy.await(10, TimeUnit.SECONDS)).as("workers occupied").isTrue();

        // WHEN a member asks
        InjectedInteraction ask = discord.ask("Where was the summit held?", "alice");

        // THEN the interaction is acknowledged (deferred) while the workers are still blocked
        RecordedRequest callback = discord.standIn.awaitCallback(ask);
        assertThat(release.getCount()).as("the workers were still blocked").isEqualTo(1);
        assertThat(callback.body().path("type").asInt()).as("DEFERRED_CHANNEL_MESSAGE").isEqualTo(5);

        // WHEN the workers are free again
        release.countDown();

        // THEN the answer is edited in
        RecordedRequest edit = discord.standIn.awaitRequest("PATCH", "/webhooks/\\d+/" + ask.token() + "/messages/@original");
        assertThat(description(edit.body())).contains("Alaska");
    }
}
