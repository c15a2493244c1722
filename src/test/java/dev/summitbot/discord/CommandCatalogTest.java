package dev.summitbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The commands' JSON as JDA sends it to Discord, built without any connection and compared with a golden
 * file (as JDA's own {@code CommandDataTest} does). After a deliberate change, replace
 * {@code src/test/resources/golden/commands.json} with the JSON this test prints on failure.
 */
@DisplayName("CommandCatalog registers the commands Discord users expect")
final class CommandCatalogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("the command JSON matches the golden file")
    void golden() throws IOException {
        // WHEN
        JsonNode actual = catalog();

        // THEN
        try (InputStream golden = CommandCatalogTest.class.getResourceAsStream("/golden/commands.json")) {
            assertThat(golden).as("golden file; the actual JSON is:\n%s", pretty(actual)).isNotNull();
            assertThat(actual).as("commands JSON; the actual JSON is:\n%s", pretty(actual)).isEqualTo(JSON.readTree(golden));
        }
    }

    @Test
    @DisplayName("/ask takes a required, autocompleted question; /summary an optional topic and pin; the message command asks")
    void options() {
        // WHEN
        JsonNode commands = catalog();

        // THEN
        assertThat(commands.findValuesAsText("name")).containsSubsequence("ask", "summary", "reload", "gaps", "sources", "help",
                "about", "Ask SummitBot");
        JsonNode question = command(commands, "ask").path("options").get(0);
        assertThat(question.path("name").asText()).isEqualTo("question");
        assertThat(question.path("type").asInt()).as("STRING").isEqualTo(3);
        assertThat(question.path("required").asBoolean()).isTrue();
        assertThat(question.path("autocomplete").asBoolean()).isTrue();
        JsonNode summary = command(commands, "summary").path("options");
        assertThat(summary.findValuesAsText("name")).containsExactly("topic", "pin");
        assertThat(summary.get(0).path("type").asInt()).as("STRING").isEqualTo(3);
        assertThat(summary.get(1).path("type").asInt()).as("BOOLEAN").isEqualTo(5);
        assertThat(summary.findValues("required")).allSatisfy(r -> assertThat(r.asBoolean()).isFalse());
        assertThat(command(commands, "Ask SummitBot").path("type").asInt()).as("MESSAGE command").isEqualTo(3);
        assertThat(command(commands, "ask").path("type").asInt()).as("slash command").isEqualTo(1);
    }

    @Test
    @DisplayName("only /reload and /gaps are hidden by default from members without Manage Server")
    void defaultPermissions() {
        // WHEN
        JsonNode commands = catalog();

        // THEN
        for (String adminOnly : java.util.List.of("reload", "gaps")) {
            assertThat(command(commands, adminOnly).path("default_member_permissions").asText()).as(adminOnly)
                    .isEqualTo(Long.toString(Permission.MANAGE_SERVER.getRawValue()));
        }
        for (JsonNode command : commands) {
            if (!java.util.List.of("reload", "gaps").contains(command.path("name").asText())) {
                assertThat(command.path("default_member_permissions").isNull()).as(command.path("name").asText()).isTrue();
            }
        }
    }

    private static JsonNode catalog() {
        ArrayNode commands = JSON.createArrayNode();
        for (CommandData command : CommandCatalog.all()) {
            try {
                commands.add(JSON.readTree(command.toData().toString()));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return commands;
    }

    private static JsonNode command(JsonNode commands, String name) {
        for (JsonNode command : commands) {
            if (command.path("name").asText().equals(name)) {
                return command;
            }
        }
        throw new AssertionError("no command " + name);
    }

    private static String pretty(JsonNode json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (IOException e) {
            return json.toString();
        }
    }
}
