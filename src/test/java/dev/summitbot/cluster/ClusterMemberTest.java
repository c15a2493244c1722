package dev.summitbot.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.summitbot.knowledge.KnowledgeFixture;
import dev.summitbot.knowledge.KnowledgeLoader;
import dev.summitbot.service.AuditLog;
import dev.summitbot.service.KnowledgeService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Cluster members: a reload on one becomes a reload on every other, through the state folder")
final class ClusterMemberTest {

    private static final Instant T0 = Instant.parse("2026-11-27T06:00:00Z");
    private static final Clock AT_T0 = Clock.fixed(T0, ZoneOffset.UTC);
    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    /** For the joins that watch another process's status: they wait four of these. */
    private static final Duration SHORT = Duration.ofMillis(100);

    @TempDir
    Path dir;
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    @DisplayName("a console reload on a makes b reload once, from the same files, to the same version; a does not reload twice")
    void reloadSpreads() throws Exception {
        // GIVEN two processes on one knowledge folder and one state folder
        Path knowledge = knowledgeIn("knowledge");
        StateFolder state = state();
        KnowledgeService serviceA = service(knowledge);
        KnowledgeService serviceB = service(knowledge);
        ClusterMember a = member(state, "a", serviceA, AT_T0);
        ClusterMember b = member(state, "b", serviceB, AT_T0);
        String before = serviceB.version().hash();

        // WHEN the files change and a reloads from its console, then both take a heartbeat
        KnowledgeFixture.at(knowledge).summitIn("Anchorage");
        assertThat(serviceA.reload("console").ok()).isTrue();
        a.poll();
        b.poll();

        // THEN b answers from the new files, says who asked, and a reloaded only once
        assertThat(serviceB.version().hash()).isNotEqualTo(before).isEqualTo(serviceA.version().hash());
        assertThat(serviceB.lastReload()).hasValueSatisfying(r -> assertThat(r.actor()).isEqualTo("cluster:a/console"));
        assertThat(serviceA.lastReload()).hasValueSatisfying(r -> assertThat(r.actor()).isEqualTo("console"));
        assertThat(a.generation()).isEqualTo(1);
        assertThat(b.generation()).isEqualTo(1);
        assertThat(b.processes()).extracting(ProcessStatus::knowledgeHash).containsOnly(serviceA.version().hash());
        assertThat(b.describe()).startsWith("Processes: 2 live, all on knowledge " + serviceA.version().hash())
                .contains("• b (this one): shards 0-1 of 4").contains("last reload " + T0 + " by cluster:a/console (ok)");

        // AND a second heartbeat reloads nothing more
        b.poll();
        assertThat(serviceB.lastReload()).hasValueSatisfying(r -> assertThat(r.actor()).isEqualTo("cluster:a/console"));
    }

    @Test
    @DisplayName("a process whose reload for a request fails keeps its old version, and its status says the reload was refused")
    void failedReloadKeepsOld() throws Exception {
        // GIVEN a with a good folder, b with a copy that is broken at the time of the request
        Path good = knowledgeIn("good");
        Path broken = knowledgeIn("broken");
        StateFolder state = state();
        KnowledgeService serviceA = service(good);
        KnowledgeService serviceB = service(broken);
        ClusterMember a = member(state, "a", serviceA, AT_T0);
        ClusterMember b = member(state, "b", serviceB, AT_T0);
        String old = serviceB.version().label();
        Files.writeString(broken.resolve("facts/summit.yaml"), "- id: [unclosed", StandardCharsets.UTF_8);

        // WHEN a reloads (by a signal) and b acts on the request
        KnowledgeFixture.at(good).summitIn("Anchorage");
        serviceA.reload("signal");
        b.poll();

        // THEN b answers as before, and both statuses say what happened
        assertThat(serviceB.version().label()).isEqualTo(old);
        assertThat(serviceB.lastReload()).hasValueSatisfying(r -> assertThat(r.ok()).isFalse());
        assertThat(a.describe()).contains("knowledge differs")
                .contains("• b: shards 0-1 of 4, knowledge " + old + ", unhealthy, gateway STARTING, last reload " + T0
                        + " by cluster:a/signal (refused)");
    }

    @Test
    @DisplayName("a process that stops writing its status shows as stale after three heartbeats; one that closes leaves no status")
    void staleAndClosed() throws Exception {
        // GIVEN a writing at T0, and b reading 10 s later
        Path knowledge = knowledgeIn("knowledge");
        StateFolder state = state();
        KnowledgeService service = service(knowledge);
        member(state, "a", service, AT_T0);
        ClusterMember b = member(state, "b", service, Clock.fixed(T0.plusSeconds(10), ZoneOffset.UTC));
        ClusterMember c = ClusterMember.join(state, "c", "all", service, AT_T0, HEARTBEAT);

        // WHEN c closes
        c.close();

        // THEN
        assertThat(b.processes()).extracting(ProcessStatus::process).containsExactly("a", "b");
        assertThat(b.stale(b.processes().get(0))).isTrue();
        assertThat(b.describe()).startsWith("Processes: 1 live, 1 stale").contains("• a: STALE, no heartbeat for 10 s");
    }

    @Test
    @DisplayName("joining with the id of a process that still rewrites its status is refused at start, naming the id")
    void duplicateLiveId() throws Exception {
        // GIVEN process "a" of another pid, rewriting its status every 20 ms
        Path knowledge = knowledgeIn("knowledge");
        StateFolder state = state();
        KnowledgeService service = service(knowledge);
        state.writeStatus(foreign("a", T0));
        Thread other = new Thread(() -> {
            for (long n = 1; !Thread.currentThread().isInterrupted(); n++) {
                try {
                    state.writeStatus(foreign("a", T0.plusMillis(n)));
                    Thread.sleep(20);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        }, "other-process");
        other.start();
        try {
            // WHEN / THEN
            assertThatThrownBy(() -> ClusterMember.join(state, "a", "all", service, AT_T0, SHORT))
                    .isInstanceOf(IOException.class).hasMessageContaining("uses the cluster process id `a`");
        } finally {
            other.interrupt();
            other.join();
        }
    }

    @Test
    @DisplayName("a fresh status left under the id by a process killed a moment ago is taken over once it is not rewritten")
    void leftoverIdTakenOver() throws Exception {
        // GIVEN a status of "a" from another pid, written just now and never again
        Path knowledge = knowledgeIn("knowledge");
        StateFolder state = state();
        state.writeStatus(foreign("a", T0));
        KnowledgeService service = service(knowledge);

        // WHEN
        ClusterMember a = ClusterMember.join(state, "a", "all", service, AT_T0, SHORT);
        opened.add(a);

        // THEN this process's status replaced it
        assertThat(a.processes()).singleElement().satisfies(s -> assertThat(s.pid()).isEqualTo(ProcessHandle.current().pid()));
    }

    /** A fixture knowledge folder (the summit in Alaska) under the test folder. */
    private Path knowledgeIn(String name) {
        Path folder = dir.resolve(name);
        KnowledgeFixture.at(folder).summitIn("Alaska");
        return folder;
    }

    private StateFolder state() throws IOException {
        return StateFolder.open(dir.resolve("state"));
    }

    private static ProcessStatus foreign(String id, Instant at) {
        return new ProcessStatus(id, ProcessHandle.current().pid() + 1, "all", "x@y", true, "CONNECTED", "none", 0, at.toString());
    }

    private KnowledgeService service(Path folder) throws Exception {
        KnowledgeService service = KnowledgeService.start(folder, new KnowledgeLoader(), AT_T0, AuditLog.none());
        opened.add(service);
        return service;
    }

    private ClusterMember member(StateFolder state, String id, KnowledgeService service, Clock clock) throws Exception {
        ClusterMember member = ClusterMember.join(state, id, "0-1 of 4", service, clock, HEARTBEAT);
        opened.add(member);
        return member;
    }
}
