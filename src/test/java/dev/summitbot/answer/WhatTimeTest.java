package dev.summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.summitbot.Fixtures;
import dev.summitbot.knowledge.KnowledgeFixture;
import dev.summitbot.question.Question;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("\"What time …?\" asks for a time of day: a date does not answer it")
final class WhatTimeTest {

    @TempDir
    static Path folder;

    private static AnswerEngine engine;

    @BeforeAll
    static void build() {
        // GIVEN the talks' day, as a dated fact, and the hour the delegates left, as the sources write it ("6:45 a.m.")
        KnowledgeFixture.at(folder).summitIn("Alaska").file("sources/schedule.md", """
                ---
                id: schedule
                title: "The schedule of the test summit"
                ---
                The talks in Alaska began on August 15, 2025.
                """).file("sources/travel.md", """
                ---
                id: travel
                title: "How the delegates travelled"
                ---
                The delegates left the capital at 6:45 a.m. local time that morning.
                """).file("facts/schedule.yaml", """
                - id: talks-began
                  subject: "The talks in Alaska"
                  relation: "began on"
                  object: "August 15, 2025"
                  source: schedule
                  quote: "The talks in Alaska began on August 15, 2025."
                  type: date
                  date: 2025-08-15
                """);
        engine = Fixtures.answering(Fixtures.load(folder)).engine();
    }

    @Test
    @DisplayName("a time of day written \"6:45 a.m.\" answers \"what time …?\"")
    void clockTime() {
        assertThat(engine.answer(Question.of("what time did the delegates leave the capital?")))
                .isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("6:45 a.m."));
    }

    @Test
    @DisplayName("a date answers \"when …?\" but not \"what time …?\"")
    void dateIsNoTimeOfDay() {
        assertThat(engine.answer(Question.of("when did the talks in Alaska begin?")))
                .isInstanceOfSatisfying(Answer.Answered.class, a -> assertThat(a.text()).contains("August 15, 2025"));
        assertThat(engine.answer(Question.of("what time did the talks in Alaska begin?")))
                .isNotInstanceOf(Answer.Answered.class);
    }
}
