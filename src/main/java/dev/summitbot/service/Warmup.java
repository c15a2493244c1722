package dev.summitbot.service;

import dev.summitbot.answer.AnswerEngine;
import dev.summitbot.question.Conversation;
import dev.summitbot.question.EnglishWords;
import dev.summitbot.question.Question;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a fixed set of questions, twice, before the service takes its first real one, so that the
 * first question finds the classes loaded, WordNet read and the answer path compiled: unwarmed, a
 * fresh process answered its first question in 41–300 ms, warmed in 1–5 ms (docs/benchmarks.md).
 *
 * <p>Deterministic and without effects: the same questions every time (the fixed list below and
 * the first {@link #PROMPTS} questions the facts suggest of the knowledge), answered through the engine directly,
 * their answers dropped; no audit line, no conversation the service keeps, nothing cached that a
 * later answer could read.
 */
final class Warmup {

    /** One of each answer type, a misspelt question, a name no knowledge has, an off-topic question. */
    static final List<String> QUESTIONS = List.of(
            "Where was the meeting held?", "When did it happen?", "Who said that?", "How many people were there?",
            "How long did it last?", "Why did they agree?", "Which city hosted the talks?", "Did they reach a deal?",
            "what did teh presdient say about the agreemnt", "Who is Xanthippe Quorvald?", "What is the capital of France?");

    /** How many of the knowledge's questions the facts suggest are asked too (the first ones, in knowledge order). */
    static final int PROMPTS = 20;

    /** How many times the whole list is asked: one round left the first question at 2–3 ms, two at 1–1.5, more no better. */
    static final int ROUNDS = 2;

    /** The questions a warm-up asks of knowledge whose questions the facts suggest are {@code prompts}. */
    static List<String> questions(List<String> prompts) {
        List<String> questions = new ArrayList<>(QUESTIONS);
        prompts.stream().limit(PROMPTS).forEach(questions::add);
        return List.copyOf(questions);
    }

    /** Asks every question {@link #ROUNDS} times, and one follow-up, in a conversation of its own; returns the answers given. */
    static int run(AnswerEngine engine, List<String> prompts) {
        List<String> questions = questions(prompts);
        int answered = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String text : questions) {
                engine.answer(Question.of(text));
                answered++;
            }
            Conversation conversation = new Conversation(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
            conversation.follow(Question.of(questions.get(questions.size() - 1)));
            engine.answer(conversation.follow(Question.of("what did he say?")));
            answered++;
        }
        return answered;
    }

    /** Starts reading WordNet on a thread of its own, so that it overlaps loading and indexing the knowledge. */
    static Thread loadEnglishWords() {
        Thread thread = new Thread(EnglishWords::get, "summitbot-wordnet");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private Warmup() {}
}
