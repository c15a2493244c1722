package dev.summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.summitbot.knowledge.KnowledgeFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("check reports per source its facts (typed, dated, disputing) and lists the disputed pairs")
final class CheckReportTest {

    @TempDir
    Path folder;

    @BeforeEach
    void knowledge() {
        KnowledgeFixture.at(folder).summitIn("Alaska").disputingNotes();
    }

    @Test
    @DisplayName("as text")
    void text() {
        // GIVEN / WHEN
        JsonContractTest.Run run = JsonContractTest.run("", "check", "--knowledge", folder.toString());

        // THEN
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines()).contains(
                "Sources:",
                "  notes-on-a-paper (notes, A Paper, 2025-08-16): 2 passages, 1 facts (1 typed, 1 dated, 1 disputing another)",
                "  test-report (article): 3 passages, 2 facts (0 typed, 0 dated, 0 disputing another)",
                "Disputed pairs:",
                "  talks-three-hours (notes-on-a-paper) disputes talks-length (test-report)");
    }

    @Test
    @DisplayName("as JSON")
    void json() throws Exception {
        // GIVEN / WHEN
        JsonContractTest.Run run = JsonContractTest.run("", "check", "--json", "--knowledge", folder.toString());

        // THEN
        JsonNode o = new ObjectMapper().readTree(run.outLines().get(0));
        assertThat(o.get("ok").booleanValue()).isTrue();
        assertThat(o.get("sources")).hasSize(2);
        JsonNode notes = o.get("sources").get(0);
        assertThat(notes.get("id").asText()).isEqualTo("notes-on-a-paper");
        assertThat(notes.get("kind").asText()).isEqualTo("notes");
        assertThat(notes.get("published").asText()).isEqualTo("2025-08-16");
        assertThat(notes.get("dated").intValue()).isEqualTo(1);
        assertThat(o.get("disputed")).singleElement().satisfies(p -> {
            assertThat(p.get("fact").asText()).isEqualTo("talks-three-hours");
            assertThat(p.get("disputes").asText()).isEqualTo("talks-length");
        });
    }
}
