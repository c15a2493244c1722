package dev.summitbot.discord.standin;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/** Points a real JDA at a {@link DiscordStandIn}, and waits for it with time limits JDA itself lacks. */
public final class StandInJda {
    /** Any token will do; the stand-in does not check it. */
    public static final String TOKEN = "stand-in-bot-token";

    private StandInJda() {}

    /** {@code JDABuilder.createLight} with the given intents, configured by {@link #configure}. */
    public static JDABuilder builder(DiscordStandIn standIn, GatewayIntent... intents) {
        EnumSet<GatewayIntent> set = EnumSet.noneOf(GatewayIntent.class);
        set.addAll(List.of(intents));
        return configure(JDABuilder.createLight(TOKEN, set), standIn);
    }

    /** REST base URL, gateway URL, no compression, no shutdown hook. */
    public static JDABuilder configure(JDABuilder builder, DiscordStandIn standIn) {
        return builder.setRestConfig(new RestConfig().setBaseUrl(standIn.restBaseUrl()))
                .setSessionController(sessionController(standIn.gatewayUrl()))
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false);
    }

    /** A session controller whose gateway is {@code gatewayUrl}; a plain JDABuilder never asks REST for it. */
    public static SessionController sessionController(String gatewayUrl) {
        return new SessionControllerAdapter() {
            @Override
            public String getGateway() {
                return gatewayUrl;
            }
        };
    }

    /** {@link JDA#awaitReady()} with a time limit; fails naming the status JDA is stuck in. */
    public static JDA awaitReady(JDA jda, Duration timeout) throws InterruptedException {
        CompletableFuture<JDA> ready = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                ready.complete(jda.awaitReady());
            } catch (InterruptedException | RuntimeException e) {
                ready.completeExceptionally(e);
            }
        }, "stand-in-await-ready");
        waiter.setDaemon(true);
        waiter.start();
        try {
            return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            waiter.interrupt();
            throw new AssertionError("JDA not ready within " + timeout + "; status " + jda.getStatus());
        } catch (ExecutionException e) {
            throw new AssertionError("JDA failed to get ready; status " + jda.getStatus(), e.getCause());
        }
    }

    /**
     * Stops JDA: {@code shutdown()} first, which lets requests already sent finish, then
     * {@code shutdownNow()} if that takes longer than {@code timeout}. Going straight to
     * {@code shutdownNow()} interrupts a request whose response JDA is still reading, and JDA logs that as
     * an ERROR; so a test should await the last request it expects before it stops JDA.
     */
    public static void shutdown(JDA jda, Duration timeout) throws InterruptedException {
        jda.shutdown();
        if (jda.awaitShutdown(timeout)) {
            return;
        }
        // what JDA was still doing: this has happened, rarely, only in a full test run; its threads say where it waited
        String stuck = jdaThreads();
        JDA.Status status = jda.getStatus();
        jda.shutdownNow();
        if (!jda.awaitShutdown(timeout)) {
            throw new AssertionError("JDA did not shut down within 2 x " + timeout + "; status " + jda.getStatus());
        }
        throw new AssertionError("JDA needed shutdownNow(): requests were still running after " + timeout + "; status was "
                + status + "; JDA's threads then:\n" + stuck);
    }

    /** The stacks of the threads JDA and its HTTP and WebSocket clients run, for a failure message. */
    private static String jdaThreads() {
        StringBuilder out = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            String name = thread.getName();
            if (name.startsWith("JDA") || name.contains("OkHttp") || name.contains("WebSocket") || name.contains("ReadingThread")
                    || name.contains("WritingThread")) {
                out.append(name).append(" (").append(thread.getState()).append(")\n");
                for (int i = 0; i < Math.min(stack.length, 12); i++) {
                    out.append("    at ").append(stack[i]).append('\n');
                }
            }
        });
        return out.toString();
    }
}
