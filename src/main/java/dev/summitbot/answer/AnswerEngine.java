package dev.summitbot.answer;

import dev.summitbot.index.Analyzers;
import dev.summitbot.index.DocKind;
import dev.summitbot.knowledge.Fact;
import dev.summitbot.knowledge.Knowledge;
import dev.summitbot.knowledge.Passage;
import dev.summitbot.knowledge.Source;
import dev.summitbot.question.AnswerType;
import dev.summitbot.question.AnswerTypes;
import dev.summitbot.question.Conversation;
import dev.summitbot.question.EnglishWords;
import dev.summitbot.question.HeadlineRequest;
import dev.summitbot.question.People;
import dev.summitbot.question.Question;
import dev.summitbot.question.Rambling;
import dev.summitbot.question.TagsRequest;
import dev.summitbot.search.Concept;
import dev.summitbot.search.Hit;
import dev.summitbot.search.Retrieval;
import dev.summitbot.search.Retriever;
import dev.summitbot.text.Ellipsis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Answers one question from one knowledge set: a fact when one matches as well as the best
 * passage, otherwise the best passages, each statement with its [n] citation. Abstains when the
 * {@link Calibration} gives the best evidence less than even odds of answering what was asked.
 */
public final class AnswerEngine {

    /** The short answer's length limit, before the source list. */
    public static final int MAX_ANSWER_CHARS = 350;
    /** A fact is preferred to a passage that covers the question at most this much better. */
    static final double FACT_PREFERENCE = 0.1;
    /** A second statement is added only when it covers the question nearly as well as the first… */
    static final double SECOND_STATEMENT_MARGIN = 0.05;
    /** …and matches it nearly as strongly: otherwise the lead alone is the crisper answer. */
    static final double SECOND_STATEMENT_SCORE = 0.8;
    /** Coverage of the whole question, up to rounding. */
    private static final double WHOLE = 0.999;
    static final int MAX_SUGGESTIONS = 3;
    /**
     * Hits looked at per question: the search engine's best by its own score, which the question's coverage then
     * ranks. A follow-up carries words many statements say ("alaska", "meeting"), and with 20 the statement its own
     * words name ("who confirmed it on the russian side": Ushakov) was often not among them; 40 holds it.
     */
    private static final int HITS = 40;

    private final Knowledge knowledge;
    private final Retriever retriever;
    private final Evidence evidence;
    private final Suggestions suggestions;
    private final Calibration calibration = Calibration.shipped();
    private final Disputes disputes;
    /** The passages that repeat their source's title: what "whats the headline say" is answered with. */
    private final Set<String> headlines;
    /** Where a remark was made, said by the sentence that opens its paragraph. */
    private final RemarkSettings settings;
    /** The newest source's publication date: what a question about now is answered as of. */
    private final Optional<LocalDate> newest;

    /** Built by {@link Answering}, which shares the evidence lookups with the summarizer. */
    AnswerEngine(Knowledge knowledge, Retriever retriever, Evidence evidence) {
        this.knowledge = knowledge;
        this.retriever = retriever;
        this.evidence = evidence;
        this.disputes = new Disputes(knowledge);
        this.headlines = headlines(knowledge);
        this.settings = new RemarkSettings(knowledge);
        this.newest = knowledge.sources().stream().flatMap(source -> source.published().stream()).max(Comparator.naturalOrder());
        // A suggestion is asked back without suggesting in turn.
        this.suggestions = new Suggestions(q -> answer(q, false));
    }

    public Answer answer(Question asked) {
        return answer(asked, true);
    }

    /** @param suggest whether a refusal suggests questions (false while a suggestion itself is checked) */
    private Answer answer(Question typed, boolean suggest) {
        // read respelled, a long message by its question proper; the reply names the question as it was typed
        Question asked = Rambling.questionProper(retriever.respelled(typed));
        String question = typed.text();
        if (asked.isEmpty()) {
            return new Answer.NoAnswer(question, Answer.NO_QUESTION, suggest ? suggestions(List.of()) : List.of(), 0);
        }
        Retrieval retrieval = retriever.retrieve(asked, HITS);
        if (TagsRequest.asks(asked.text())) {
            Optional<Source> tagged = tagged(retrieval);
            Optional<Evidence.Item> headline = tagged.flatMap(this::headlineOf);
            if (headline.isPresent()) {
                return compose(question, TagsRequest.opening(tagged.get().tags()), List.of(headline.get()), 1.0);
            }
        }
        if (HeadlineRequest.asks(asked.text())) {
            Optional<Evidence.Item> headline = headline(retrieval);
            if (headline.isPresent()) {
                return compose(question, HeadlineRequest.ANSWER_OPENING, List.of(headline.get()), 1.0);
            }
        }
        List<Evidence.Item> found = resolve(retrieval);
        List<Evidence.Item> items = notSaidBefore(found, retrieval, asked);
        // asked for more ("anything else?"), what else is said of the topic answers as surely as the topic was found; so does,
        // challenged with "says who?", the source the answer just given named
        boolean challenged = !asked.answeredBefore().isEmpty() && TypeCheck.challenges(asked);
        double floor = !found.isEmpty() && (asked.asksForMore() && items != found || challenged) ? probability(retrieval, found.get(0)) : 0;
        double confidence = Math.max(floor, surest(items, retrieval));
        if (confidence < Calibration.ANSWER_AT) {
            return new Answer.NoAnswer(question, Answer.NOT_COVERED, suggest ? suggestions(items) : List.of(), confidence);
        }
        List<Evidence.Item> fitting = fitting(items, asked, retrieval);
        if (fitting.isEmpty() || Math.max(floor, surest(fitting, retrieval)) < Calibration.ANSWER_AT) {
            Optional<Evidence.Item> setting = setting(items.get(0), asked);
            if (setting.isPresent()) {
                return compose(question, "", List.of(setting.get(), items.get(0)), confidence);
            }
            Optional<Evidence.Item> told = toldNext(items.get(0), asked, retrieval);
            return told.isPresent() ? compose(question, "", List.of(items.get(0), told.get()), confidence)
                    : partial(asked, question, items.get(0), confidence);
        }
        List<Evidence.Item> ranked = companionsFirst(doingFirst(ownWordsFirst(fitting, retrieval, sourcesBefore(found, asked)), asked, retrieval),
                asked, retrieval);
        if (challenged || checksAnswerBefore(asked) || asksOnlyOfAnswerBefore(asked)) {
            // "says who?": the source the answer just given named first, however its words cover the question before;
            // "alone?": the answer just given, which it checks; "what year was that one": the answer just given, when it tells
            ranked = Stream.concat(ranked.stream().filter(i -> asked.answeredBefore().contains(i.statement())),
                    ranked.stream().filter(i -> !asked.answeredBefore().contains(i.statement()))).toList();
        }
        List<Evidence.Item> chosen = choose(ranked, retrieval, asked);
        Optional<Evidence.Item> goingOn = lineAfterAnswerBefore(chosen.get(0), asked, retrieval);
        return compose(question, asOf(asked), goingOn.map(List::of).orElseGet(() -> withDispute(chosen)), confidence);
    }

    /**
     * What was asked, told in the next line of the best statement's paragraph, which goes on about what the best statement
     * says: "what formation was the flyover in" ("The five aircraft passed low in an arrow formation"), "who noticed that
     * putin's statement was twice as long" ("Journalists of RIA Novosti were the ones who noticed it"). The next line
     * gives the kind of answer asked for and holds a word of the question the best statement lacks.
     */
    private Optional<Evidence.Item> toldNext(Evidence.Item lead, Question asked, Retrieval retrieval) {
        Set<String> leadWords = Set.copyOf(Analyzers.words(lead.statement()));
        return evidence.nextLine(lead).filter(next -> fits(next, asked) && saysMoreOf(next, leadWords, retrieval));
    }

    private static boolean saysMoreOf(Evidence.Item next, Set<String> leadWords, Retrieval retrieval) {
        Set<String> nextWords = Set.copyOf(Analyzers.words(next.statement()));
        return retrieval.concepts().stream().filter(c -> c.known() && !c.light())
                .anyMatch(c -> c.terms().stream().anyMatch(nextWords::contains) && c.terms().stream().noneMatch(leadWords::contains));
    }

    /**
     * "what were they doing in there" after the car Trump and Putin rode in: a follow-up whose own words name no topic, and
     * whose best statement is the answer just given, asks what the notes go on to tell: the next line of its paragraph
     * ({@link Evidence#nextLine}), "They were seen laughing and talking in the car …". Not one asking what the answer means,
     * nor one that echoes a word of it.
     */
    private Optional<Evidence.Item> lineAfterAnswerBefore(Evidence.Item lead, Question asked, Retrieval retrieval) {
        if (asked.answeredBefore().isEmpty() || asked.expects().type() != AnswerType.STATEMENT || asksWhyOrMeaning(asked)
                || !asked.answeredBefore().contains(lead.statement()) || retrieval.own().stream().anyMatch(c -> c.known() && !c.light())) {
            return Optional.empty();
        }
        // "instead of what" after "… in a black suit instead of his usual military clothing": a word of the answer just given
        // asks about that answer, not what comes after it
        Set<String> before = Set.copyOf(Analyzers.words(asked.answeredBefore()));
        return Analyzers.words(asked.text()).stream().anyMatch(before::contains) ? Optional.empty() : evidence.nextLine(lead);
    }

    /**
     * The headline a question about one asks for: a passage that repeats its source's title, the one
     * the question's words found first, or failing that the first source's.
     */
    private Optional<Evidence.Item> headline(Retrieval retrieval) {
        return retrieval.hits().stream().filter(h -> headlines.contains(h.id())).findFirst()
                .or(() -> headlines.stream().findFirst().map(id -> new Hit(id, DocKind.PASSAGE, 0, 1, 1, 0, 0, 0)))
                .flatMap(evidence::resolve);
    }

    /** The tagged source the question's words found first, or failing that the first tagged source. */
    private Optional<Source> tagged(Retrieval retrieval) {
        Map<String, Source> byId = knowledge.sources().stream().collect(Collectors.toMap(Source::id, s -> s, (a, b) -> a));
        List<Source> found = retrieval.hits().stream().map(h -> evidence.resolve(h).map(Evidence.Item::sourceId).orElse(""))
                .map(byId::get).filter(s -> s != null && !s.tags().isEmpty()).toList();
        return found.stream().findFirst().or(() -> knowledge.sources().stream().filter(s -> !s.tags().isEmpty()).findFirst());
    }

    /** The passage that repeats a source's title, as evidence. */
    private Optional<Evidence.Item> headlineOf(Source source) {
        return knowledge.passages().stream().filter(p -> p.sourceId().equals(source.id()) && headlines.contains(p.id())).findFirst()
                .flatMap(p -> evidence.resolve(new Hit(p.id(), DocKind.PASSAGE, 0, 1, 1, 0, 0, 0)));
    }

    /** The ids of the passages that repeat their source's title, in the knowledge's order. */
    private static Set<String> headlines(Knowledge knowledge) {
        Map<String, String> titles = knowledge.sources().stream().collect(Collectors.toMap(Source::id, Source::title, (a, b) -> a));
        return knowledge.passages().stream().filter(p -> p.text().equals(titles.get(p.sourceId()))).map(Passage::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * "As of 2025-08-19: " for a question about now ("has a deal been signed?", "what's happening now"):
     * the answer holds as of the newest source's date, not today's. Empty when no source is dated.
     */
    private String asOf(Question asked) {
        return asked.aboutNow() ? newest.map(d -> "As of " + d + ": ").orElse("") : "";
    }

    /**
     * When the lead statement is a fact that another disputes (or that disputes another), the two
     * sources differ: both are said, the lead first, instead of a second statement.
     */
    private List<Evidence.Item> withDispute(List<Evidence.Item> chosen) {
        Evidence.Item lead = chosen.get(0);
        return disputes.of(lead).map(f -> List.of(lead, evidence.item(f, lead.hit()))).orElse(chosen);
    }

    /**
     * What the bot would answer if it had to, with the signals and probability of its lead statement:
     * how {@code ./summitbot eval --fit} labels the development set (was the forced answer right?)
     * and draws the calibration curve. Empty when nothing at all was found.
     */
    public Optional<Assessment> assess(Question asked) {
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        Retrieval retrieval = retriever.retrieve(asked, HITS);
        List<Evidence.Item> items = resolve(retrieval);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence.Item> fitting = fitting(items, asked, retrieval);
        List<Evidence.Item> chosen = choose(ownWordsFirst(fitting.isEmpty() ? items : fitting, retrieval, Set.of()), retrieval, asked);
        Signals signals = Signals.of(retrieval, chosen.get(0).hit());
        double p = calibration.probability(signals);
        return Optional.of(new Assessment(compose(asked.text(), "", chosen, p), signals, p));
    }

    /** A forced answer, the signals of its lead statement and their probability. */
    public record Assessment(Answer.Answered forced, Signals signals, double probability) {}

    /**
     * For a follow-up that asks for more, the evidence without the statements the bot just gave to the question before,
     * when another statement answers too: "what are they?" after "Rubio mentioned potential areas of
     * agreement" asks for more than that sentence again. Unchanged when nothing else would answer, nor
     * when nothing else is of the kind asked while the answer before is. Asked for more outright
     * ("anything else?"), the best statement not yet given answers however few of the carried words
     * it has ("He noted …" after Rubio's interview): the question only asks to go on. Asked the same of
     * another party ("and ukraine?" after how Europe responded), the answer about the party before is
     * not it, though it names the new one. Asked what a word of the answer before is ("what consequences"
     * after "… the goal to avoid consequences."), neither is a statement saying nearly the same.
     */
    private List<Evidence.Item> notSaidBefore(List<Evidence.Item> items, Retrieval retrieval, Question asked) {
        boolean more = asked.asksForMore();
        // asked what a word of the answer before is, when it said nothing of it, a statement saying nearly the same is no answer
        Set<String> echoed = echoed(asked);
        boolean echo = !echoed.isEmpty() && unexplained(asked.answeredBefore(), echoed, asksWhatItIs(asked));
        if (asked.answeredBefore().isEmpty() || !(more || echo || asksSomethingNew(asked, retrieval) || Conversation.asksAboutAnother(asked))) {
            return items;
        }
        // asked for more, a statement that says nearly the same ("Rubio also mentioned …") is no more either; asked
        // which ones, that they were not specified may be said again: it is all the sources say of them
        Set<String> before = Set.copyOf(Analyzers.words(asked.answeredBefore()));
        // "like what consequences?" after "there would be \"additional consequences\" if …": the answer before quoted the word and
        // said no more of it, so no statement that only quotes it again tells what it is
        boolean quotedBefore = echo && asksWhatItIs(asked) && !unexplained(asked.answeredBefore(), echoed, false);
        List<String> particulars = asked.asksForParticulars() ? Analyzers.words(Question.PARTICULARS_WORD) : List.of();
        Set<String> another = Conversation.asksAboutAnother(asked) ? partyTerms(asked, retrieval) : Set.of();
        List<Evidence.Item> fresh = items.stream()
                .filter(i -> !particulars.isEmpty() && Analyzers.words(i.statement()).containsAll(particulars)
                        // "and brussels?" after an answer that told Kyiv's reaction, then von der Leyen's: hers may be said again
                        || opensWith(i.statement(), another)
                        || !asked.answeredBefore().contains(i.statement()) && !((more || echo) && saidIn(i.statement(), before))
                                // "like what consequences?": another statement that only says there would be some tells no more
                                && !(quotedBefore && unexplained(i.statement(), echoed, true))).toList();
        // nothing new of the kind asked ("and what did she say" after her welcome was the answer): the answer before again
        if (quotedBefore && fresh.size() < items.size()) {
            // "like what consequences?": what is left, however weak, when the statements that only say there would be some are
            // out; nothing left, nothing tells what they are
            return fresh;
        }
        boolean freshFits = !fitting(fresh, asked, retrieval).isEmpty() || fitting(items, asked, retrieval).isEmpty();
        return !fresh.isEmpty() && fresh.size() < items.size() && (more || probability(retrieval, fresh.get(0)) >= Calibration.ANSWER_AT) && freshFits
                ? fresh : items;
    }

    /** The index terms of the concepts the parties a question names found, in all their alternatives ("brussel", "european", "eu"). */
    private static Set<String> partyTerms(Question asked, Retrieval retrieval) {
        Set<String> own = Set.copyOf(Analyzers.words(String.join(" ", Conversation.parties(asked.text()))));
        return retrieval.concepts().stream().filter(c -> c.terms().stream().anyMatch(own::contains))
                .flatMap(c -> c.terms().stream()).collect(Collectors.toSet());
    }

    /** Words a statement's subject takes at most: "European Commission President Ursula von der Leyen". */
    private static final int SUBJECT_WORDS = 5;

    /** Whether {@code statement}'s first words, where its subject is, have one of {@code terms}. */
    private static boolean opensWith(String statement, Set<String> terms) {
        List<String> words = Analyzers.words(statement);
        return !terms.isEmpty() && words.subList(0, Math.min(SUBJECT_WORDS, words.size())).stream().anyMatch(terms::contains);
    }

    /** Share of a statement's words the answer before had, from which it says the same again ("Rubio also mentioned …"). */
    private static final double SAID_BEFORE = 0.8;

    /** True when the answer before, as {@code before} words, already said the statement, in these words or nearly. */
    private static boolean saidIn(String statement, Set<String> before) {
        List<String> words = Analyzers.words(statement);
        return !words.isEmpty() && words.stream().filter(before::contains).count() >= SAID_BEFORE * words.size();
    }

    /**
     * Index terms of the words a question asks for somebody's words with, which the knowledge may word otherwise ("stated"):
     * the verbs of saying, and what was said as a whole ("what was his main point").
     */
    private static final Set<String> SPEECH_TERMS = Set.copyOf(Analyzers.words(AnswerTypes.SPEECH_VERBS.replace('|', ' ')
            + " point message argument gist takeaway"));

    /**
     * Index terms of words that ask nothing new of their own: "going to" and "supposed to" say only that a thing is to be,
     * "what does that mean" asks about what was just said, "ok" only takes it in, "who from them is named?" names whom it named.
     */
    private static final Set<String> ASKS_NOTHING_NEW = Set.copyOf(Analyzers.words("going supposed mean meaning ok okay name named called"));

    /** "which other leaders", "who are the others", "besides her", "apart from von der leyen": more people than those named. */
    private static final Pattern OTHERS_ASKED = Pattern.compile("(?i)\\b(?:other|others|besides|apart from|aside from)\\b");

    /** Kinds of answer a statement gives by a word of its own: a time, a place, a length, a number. */
    private static final Set<AnswerType> TOLD_IN_PASSING = Set.of(AnswerType.TIME, AnswerType.PLACE, AnswerType.DURATION,
            AnswerType.NUMBER);

    /**
     * "what year was that one" after "The 2018 Trump–Putin summit in Helsinki lasted about two hours": a follow-up with no
     * topic of its own, only the kind of answer it wants (a time, a place, a length, a number), asks it of what was just
     * said; the answer before, when it gives one, comes first.
     */
    private static boolean asksOnlyOfAnswerBefore(Question asked) {
        if (asked.answeredBefore().isEmpty() || !TOLD_IN_PASSING.contains(asked.expects().type())) {
            return false;
        }
        Set<String> own = new HashSet<>(Analyzers.words(asked.text()));
        Optional.ofNullable(asked.expects().focus()).ifPresent(focus -> own.removeAll(Analyzers.words(focus)));
        asked.expects().typeWord().ifPresent(kind -> own.removeAll(Analyzers.words(kind)));
        return own.isEmpty();
    }

    /** "alone?" after "who's meeting trump next": a clipped yes/no question checking the answer just given. */
    private static boolean checksAnswerBefore(Question asked) {
        AnswerType type = asked.expects().type();
        return !asked.answeredBefore().isEmpty() && (type == AnswerType.STATEMENT || type == AnswerType.YES_NO)
                && CHECKED_WORD.matcher(asked.text()).matches();
    }

    /**
     * A follow-up of a word or two and a question mark, no question word, checking what was just said: "alone?", "just him?";
     * or a few words after "just" or "only": "just the two of them?".
     */
    private static final Pattern CHECKED_WORD = Pattern.compile(
            "(?i)(?!(?:and|but|so|or|what|who|whom|whose|where|when|why|how|which|source|sources)\\b)\\p{L}+(?:\\s+\\p{L}+)?\\s*\\?+"
            + "|(?:just|only) (?:\\p{L}+\\s+){0,3}\\p{L}+\\s*\\?+");

    /**
     * Words that give a reason, what a thing shows or what was feared: "due to reports of backsliding", "indicating a major
     * shift", "their worry was that …".
     */
    private static final Pattern REASON_GIVEN = Pattern.compile("(?i)\\b(?:because|due to|owing to|as a result|since|so that"
            + "|in order to|indicating|reflecting|meaning|which means|worry|worries|worried|fear|feared|fears|concern|concerned"
            + "|reason|reasons)\\b");

    /**
     * A follow-up asking what was said or done ("what's he claiming?", "and what did he reveal?" after
     * "Steve Witkoff is the U.S. Special Envoy"; "what was his main point?" after where he gave his
     * interview), or asking yes or no ("does ukraine get nato membership with it?" after what Article 5
     * means), with a word of its own — light words count — that the answer before does not have in
     * any of its synonyms: the answer before is not what it asks. One whose words the answer before
     * already has ("talks about what?", "how will they make it official" after "… agreed to enact
     * legislation") may be answered by it again, and so may a yes/no follow-up whose own words the
     * sources never use ("will he go alone" after "Zelenskyy will be joined by several European
     * leaders"). Asking why ("why tho?" after "they are described as game-changing") asks beyond an
     * answer that gave no reason.
     */
    private static boolean asksSomethingNew(Question asked, Retrieval retrieval) {
        AnswerType type = asked.expects().type();
        if (type == AnswerType.REASON) {
            return !REASON_GIVEN.matcher(asked.answeredBefore()).find();
        }
        if (type != AnswerType.STATEMENT && type != AnswerType.SAYING && type != AnswerType.YES_NO && type != AnswerType.PERSON) {
            return false;
        }
        Set<String> before = Set.copyOf(Analyzers.words(asked.answeredBefore()));
        // "alone?", "just him?": a yes/no question of the answer before, clipped to what it checks
        if (type == AnswerType.YES_NO || CHECKED_WORD.matcher(asked.text()).matches()) {
            return yesNoAsksSomethingNew(asked, retrieval, before);
        }
        // a word of its own said another way by the answer before is nothing new: "how will they make it official" (enact)
        // after "Russia has agreed to enact legislation …"
        Set<String> own = Set.copyOf(Analyzers.words(asked.text()));
        Set<String> carried = Set.copyOf(Analyzers.words(Conversation.searched(asked.context())));
        // a word the sources never use asks nothing they could answer, unless it asks for somebody's words ("what he said
        // there" after where Rubio gave his interview) and the answer before told none
        boolean wordsBefore = TypeCheck.reportsWords(asked.answeredBefore());
        // "and who was anchoring from dc" after who anchored in Anchorage: somebody the follow-up's own words tell of
        return (type == AnswerType.PERSON ? retrieval.own() : retrieval.concepts()).stream()
                .filter(c -> c.terms().stream().anyMatch(own::contains) || c.terms().stream().noneMatch(carried::contains))
                .filter(c -> c.known() || !wordsBefore && c.terms().stream().anyMatch(SPEECH_TERMS::contains))
                .filter(c -> !ASKS_NOTHING_NEW.containsAll(c.terms()))
                .anyMatch(c -> c.terms().stream().noneMatch(before::contains));
    }

    /**
     * An echo of a word, asking what it is: "what consequences", "consequences for what", "backsliding on what exactly".
     * One asking who ("backsliding by who") may be answered by whom the answer before named.
     */
    private static final Pattern ECHO = Pattern.compile("(?i)^(?:(?:like |so |and )?(?:what|which) (?:\\S+ )?\\S+|(?:\\S+ ){1,2}(?:(?:for|on|about|of|to|with|in) )?(?:what|which)"
            // "what would the consequences actually be"
            + "|what (?:would|will|are|were|is) (?:the|those|these) \\S+(?: (?:actually|even|really))? be)"
            + "(?: (?:exactly|specifically|tho|though|then))?\\s*[?!.]*$");
    /**
     * An echo asking what the thing is ("what consequences", "like what consequences?"), not what it is for or on ("consequences
     * for what", which the condition after a quotation answers: "\"additional consequences\" if a ceasefire was not reached").
     */
    private static final Pattern WHAT_IT_IS = Pattern.compile("(?i)^(?:like |so |and )?what\\b");
    /** Words of an echo that only stress or carry it: "like what consequences", "what would they actually be", "on what exactly". */
    private static final Set<String> ECHO_CARRIERS = Set.copyOf(Analyzers.words(
            "like actually even really would will be exactly specifically tho though then"));

    /** What ends a clause after a word: nothing more is said of it there. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.,;:!?]");
    /** The same, or the end of the words a source is quoted in. */
    private static final Pattern QUOTATION_OR_CLAUSE_END = Pattern.compile("[.,;:!?\"”]");

    /** A word of a sentence, with what follows it up to the next word: ", " or "." when the clause ends there. */
    private static final Pattern WORD_AND_AFTER = Pattern.compile("([\\p{L}\\p{N}'’-]+)([^\\p{L}\\p{N}]*)");

    /**
     * The words a follow-up echoes to ask what they are ("consequences" of "like what consequences?"); none for any other.
     * When the answer before says nothing of them ("what consequences" after "… the goal to avoid consequences.": the word
     * ends its clause there), the answer is not said again; one that says more of them ("talks about what?" after "…
     * participate in the talks regarding Ukraine's security guarantee") may be.
     */
    private static Set<String> echoed(Question asked) {
        if (!ECHO.matcher(asked.text().strip()).matches()) {
            return Set.of();
        }
        return Analyzers.words(asked.text()).stream().filter(w -> !ECHO_CARRIERS.contains(w)).collect(Collectors.toSet());
    }

    /** Whether an echo asks what the thing is ("what consequences"), not what it is for ("consequences for what"). */
    private static boolean asksWhatItIs(Question asked) {
        return WHAT_IT_IS.matcher(asked.text().strip()).find();
    }

    /**
     * True when {@code text} says every one of the words {@code own}, and says nothing more of one at least: it ends its clause,
     * or, with {@code quoteEnds}, the quotation it stands in ("\"additional consequences\" if …" says only that there are some).
     */
    private static boolean unexplained(String text, Set<String> own, boolean quoteEnds) {
        Pattern end = quoteEnds ? QUOTATION_OR_CLAUSE_END : CLAUSE_END;
        Set<String> said = new HashSet<>();
        Set<String> explained = new HashSet<>();
        Matcher m = WORD_AND_AFTER.matcher(text);
        while (m.find()) {
            for (String term : Analyzers.words(m.group(1))) {
                if (own.contains(term)) {
                    said.add(term);
                    if (!end.matcher(m.group(2)).find() && !m.hitEnd()) {
                        explained.add(term);
                    }
                }
            }
        }
        return said.containsAll(own) && !explained.containsAll(own);
    }

    /**
     * For a yes/no follow-up, a word of its own that the answer before does not say. A word the sources
     * never use ("will he go alone") is none; a name the answer before said another way is none either
     * ("did the eu welcome that" after "European Commission President … welcomed": a name is said by any
     * of its synonyms), while a plain word counts only as itself ("join nato" asks beyond "an attack on
     * one member"); a concept the synonyms made of several of its words ("can we trust": backsliding) is one.
     */
    private static boolean yesNoAsksSomethingNew(Question asked, Retrieval retrieval, Set<String> before) {
        Set<String> ownTerms = Set.copyOf(Analyzers.words(asked.text()));
        Set<String> carried = Set.copyOf(Analyzers.words(Conversation.searched(asked.context())));
        if (retrieval.concepts().stream().filter(Concept::known)
                .filter(c -> c.terms().stream().noneMatch(ownTerms::contains) && c.terms().stream().noneMatch(carried::contains))
                .anyMatch(c -> c.terms().stream().noneMatch(before::contains))) {
            return true;
        }
        for (String word : asked.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’]+")) {
            List<String> terms = Analyzers.words(word);
            Optional<Concept> concept = retrieval.concepts().stream().filter(Concept::known)
                    .filter(c -> c.terms().stream().anyMatch(terms::contains)).findFirst();
            boolean said = terms.stream().anyMatch(before::contains) || !EnglishWords.get().isPlain(People.withoutPossessive(word))
                    && concept.filter(c -> c.terms().stream().anyMatch(before::contains)).isPresent();
            if (concept.isPresent() && !said) {
                return true;
            }
        }
        return false;
    }

    private List<Evidence.Item> resolve(Retrieval retrieval) {
        return retrieval.hits().stream().map(evidence::resolve).flatMap(Optional::stream).toList();
    }

    /**
     * The items that give the kind of answer asked for. A dated fact's date ("On 2025-08-15, …") answers
     * a when-question; for any other kind only the fact's own sentence counts, or the date's digits
     * would answer "how many journalists were there?".
     */
    private List<Evidence.Item> fitting(List<Evidence.Item> items, Question asked, Retrieval retrieval) {
        List<Evidence.Item> out = new ArrayList<>();
        // "who will provide it": a statement that tells of providing, not one that only names somebody near it ("what did putin
        // agree to" only puts such statements first: doingFirst)
        Optional<Concept> doing = asked.expects().type() == AnswerType.STATEMENT ? Optional.empty() : Doers.doing(asked, retrieval.concepts());
        // "what time did the press conference start": the time of the press conference, not of the talks
        List<Concept> timed = Doers.timed(asked, retrieval.concepts());
        List<Concept> pointedAt = pointedAt(asked, retrieval);
        // "which other leaders besides her", "who are the others": somebody the question and the answer before did not name
        String known = OTHERS_ASKED.matcher(asked.text()).find() && asked.expects().type() == AnswerType.PERSON
                ? (asked.text() + " " + asked.context() + " " + asked.answeredBefore()).toLowerCase(Locale.ROOT) : "";
        Optional<Concept> focus = focusInOtherWords(asked, retrieval);
        for (Evidence.Item item : items) {
            if (doing.isPresent() && !Doers.tells(item.statement(), doing.get())
                    || !timed.isEmpty() && timed.stream().noneMatch(c -> Doers.tells(item.statement(), c))) {
                continue;
            }
            if (!known.isEmpty() && !TypeCheck.namesAnother(item.statement(), known)) {
                continue;
            }
            if (!pointedAt.stream().allMatch(c -> Doers.tells(item.statement(), c))) {
                continue;
            }
            if (fits(item, asked) || item.hit().coverage() >= WHOLE && focus.filter(c -> Doers.tells(item.statement(), c)).isPresent()) {
                out.add(item);
            } else {
                // a passage that hides what was asked ("He noted …") is answered by a fact that restates its sentence, when
                // that sentence names it: the fact's type tells what its object is, not what the passage says. A fact that
                // restates only a part of the sentence tells of something the question asks in its own words: "the 3
                // 1/2-year war" in a sentence about the talks is no answer to "how long did they talk"
                List<Evidence.Item> restating = evidence.restatements(item);
                List<Concept> own = restating.isEmpty() ? List.of() : ownTopics(asked, retrieval);
                restating.stream()
                        .filter(f -> TypeCheck.satisfies(f.fact().map(Fact::sentence).orElseThrow(), Optional.empty(), asked))
                        .filter(f -> item.statement().strip().equals(f.quote().strip()) || own.isEmpty()
                                || own.stream().anyMatch(c -> Doers.tells(f.fact().map(Fact::sentence).orElseThrow(), c)))
                        .findFirst().ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * How much more of a follow-up's own words a statement of the report the answer before came from counts as holding: a
     * tenth, so it decides between statements that hold nearly as much, never for one that holds little of what is asked.
     */
    private static final double SAME_REPORT = 0.1;

    /** The sources of the statements the answer before gave, among those found: none for a question that follows none. */
    private static Set<String> sourcesBefore(List<Evidence.Item> found, Question asked) {
        return asked.answeredBefore().isEmpty() ? Set.of() : found.stream().filter(i -> asked.answeredBefore().contains(i.statement()))
                .map(Evidence.Item::sourceId).collect(Collectors.toSet());
    }

    /**
     * The statements that answer with confidence, those holding more of a follow-up's own words first; then the rest.
     * What is asked now decides, and the topic carried from the question before only ranks statements that say it
     * equally: "what did he agree to" after "who did trump meet in alaska" is answered by what Putin agreed to, not by
     * the announcement at the summit in Alaska, which has more of the topic and only relates to agreeing ("agreement").
     * Unchanged for a question that carries nothing, whose own coverage is its coverage. A follow-up goes on with the
     * report the answer before came from: a statement of one of {@code sourcesBefore} counts {@link #SAME_REPORT} more
     * ("where'd he announce that" after Trump dropped the ceasefire demand: the note that told it says where).
     */
    private List<Evidence.Item> ownWordsFirst(List<Evidence.Item> fitting, Retrieval retrieval, Set<String> sourcesBefore) {
        List<Evidence.Item> confident = fitting.stream().filter(i -> probability(retrieval, i) >= Calibration.ANSWER_AT)
                .sorted(Comparator.comparingDouble((Evidence.Item i) -> i.hit().ownCoverage() + (sourcesBefore.contains(i.sourceId()) ? SAME_REPORT : 0))
                        .reversed()).toList();
        List<Evidence.Item> out = new ArrayList<>(confident);
        fitting.stream().filter(i -> !confident.contains(i)).forEach(out::add);
        return out;
    }

    /**
     * For "what did putin agree to in alaska", the confident statements that tell of the doing asked about ("Putin has agreed
     * to …") before those that only share its words ("This agreement … was announced during a summit … in Alaska"); the
     * others still answer when none tells of it.
     */
    private List<Evidence.Item> doingFirst(List<Evidence.Item> ranked, Question asked, Retrieval retrieval) {
        if (asked.expects().type() != AnswerType.STATEMENT) {
            return ranked;
        }
        // ownWordsFirst put the confident ones first: with fewer than two there is nothing to order
        if (ranked.size() < 2 || probability(retrieval, ranked.get(1)) < Calibration.ANSWER_AT) {
            return ranked;
        }
        Optional<Concept> doing = Doers.doing(asked, retrieval.concepts());
        if (doing.isEmpty()) {
            return ranked;
        }
        Predicate<Evidence.Item> first = i -> probability(retrieval, i) >= Calibration.ANSWER_AT && Doers.tells(i.statement(), doing.get());
        return Stream.concat(ranked.stream().filter(first), ranked.stream().filter(first.negate())).toList();
    }

    /**
     * For "who sat with trump", the confident statements that put somebody beside him ({@link Companions}) before those that
     * only name him; the others still answer when none does.
     */
    private List<Evidence.Item> companionsFirst(List<Evidence.Item> ranked, Question asked, Retrieval retrieval) {
        Optional<String> person = Companions.asked(asked);
        if (person.isEmpty()) {
            return ranked;
        }
        Predicate<String> beside = Companions.beside(person.get());
        Predicate<Evidence.Item> first = i -> probability(retrieval, i) >= Calibration.ANSWER_AT && beside.test(i.statement());
        return Stream.concat(ranked.stream().filter(first), ranked.stream().filter(first.negate())).toList();
    }

    /** The topics a question names in its own words, not carried from the question before: known words of weight. */
    private static List<Concept> ownTopics(Question asked, Retrieval retrieval) {
        Set<String> ownTerms = Set.copyOf(Analyzers.words(asked.text()));
        return retrieval.concepts().stream().filter(c -> c.known() && !c.light())
                .filter(c -> c.terms().stream().anyMatch(ownTerms::contains)).toList();
    }

    /** "that meeting", "this deal": a thing named after a demonstrative. */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?i)\\b(?:that|this|those|these)\\s+([\\p{L}]+)");

    /**
     * What a follow-up points back at with a demonstrative ("where's that meeting happening" after "who will zelenskyy
     * meet with"): the thing it names is the one the question before asked about, so the topic that question carries
     * and this one does not say by name (Zelenskyy) must be told of too. The summit held in Alaska is another meeting.
     * Empty for a question that carries nothing, or only what a rambling question told before it asked (no answer
     * came before it), or points at nothing the question before named.
     */
    private static List<Concept> pointedAt(Question asked, Retrieval retrieval) {
        if (asked.context().isEmpty() || asked.answeredBefore().isEmpty()) {
            return List.of();
        }
        Matcher m = DEMONSTRATIVE.matcher(asked.text());
        Set<String> named = new HashSet<>();
        while (m.find()) {
            // "was that longer than helsinki": a quality after it says what "that" was, it names no thing
            if (!EnglishWords.get().isQuality(m.group(1))) {
                named.addAll(Analyzers.words(m.group(1)));
            }
        }
        // "where at?": a follow-up for a place that names no topic of its own asks where the thing the question before named is
        boolean elliptical = asked.expects().type() == AnswerType.PLACE && ownTopics(asked, retrieval).isEmpty();
        if (named.isEmpty() && !elliptical) {
            return List.of();
        }
        Set<String> own = Set.copyOf(Analyzers.words(asked.text()));
        String before = Conversation.searched(asked.context());
        Set<String> carried = Set.copyOf(Analyzers.words(before));
        if (!elliptical && retrieval.concepts().stream().noneMatch(c -> c.known() && !c.light() && c.terms().stream().anyMatch(named::contains)
                && c.terms().stream().anyMatch(carried::contains))) {
            return List.of();
        }
        Set<String> names = new HashSet<>();
        for (String word : before.split("[^\\p{L}\\p{N}'’]+")) {
            if (!word.isEmpty() && !EnglishWords.get().isPlain(People.withoutPossessive(word.toLowerCase(Locale.ROOT)))) {
                names.addAll(Analyzers.words(word));
            }
        }
        return retrieval.concepts().stream().filter(c -> c.known() && !c.light())
                .filter(c -> c.terms().stream().noneMatch(own::contains) && c.terms().stream().anyMatch(names::contains)).toList();
    }

    /**
     * "what mood was the delegation in": the thing asked for ("which mood") in the other words the shipped synonyms give
     * it ("a businesslike, working frame of mind"), when the question asks for no kind of answer a statement could lack.
     * Only a statement holding all the rest of the question answers so: "which members of congress went" is not answered
     * by European leaders who "joined", though the synonyms make joining a kind of membership.
     */
    private static Optional<Concept> focusInOtherWords(Question asked, Retrieval retrieval) {
        String focus = asked.expects().focus();
        if (focus == null || asked.expects().type().constrains()) {
            return Optional.empty();
        }
        List<String> focusWords = Analyzers.words(focus);
        return retrieval.concepts().stream()
                .filter(c -> c.known() && !c.light() && c.alternatives().size() > 1 && c.alternatives().contains(focusWords))
                .findFirst();
    }

    private static boolean fits(Evidence.Item item, Question asked) {
        boolean when = asked.expects().type() == AnswerType.TIME;
        return TypeCheck.satisfies(when ? item.statement() : item.fact().map(Fact::sentence).orElse(item.statement()),
                item.fact().flatMap(f -> TypeCheck.answeringType(f, asked)), asked);
    }

    /**
     * The probability of the surest of the items, 0 for none. Items come ranked by coverage, the whole question's;
     * a follow-up's statement holding its own words may be surer than the first ("when did he post that" after
     * "did trump drop the ceasefire demand": the post early on Saturday, not the dropped demand).
     */
    private double surest(List<Evidence.Item> items, Retrieval retrieval) {
        return items.stream().mapToDouble(i -> probability(retrieval, i)).max().orElse(0);
    }

    private double probability(Retrieval retrieval, Evidence.Item item) {
        return calibration.probability(Signals.of(retrieval, item.hit()));
    }

    /** @param opening what the answer opens with ("As of …: "), before "Sources differ: " when two sources differ */
    private Answer.Answered compose(String question, String opening, List<Evidence.Item> chosen, double confidence) {
        Evidence.Citations citations = evidence.citations();
        boolean differ = chosen.size() == 2
                && disputes.of(chosen.get(0)).filter(f -> chosen.get(1).fact().filter(f::equals).isPresent()).isPresent();
        String start = opening + (differ ? SOURCES_DIFFER : "");
        StringBuilder text = new StringBuilder(start);
        List<String> factIds = new ArrayList<>();
        for (Evidence.Item item : chosen) {
            String marker = " [" + citations.numberFor(item.sourceId(), item.quote()) + "]";
            boolean first = text.length() == start.length();
            int room = MAX_ANSWER_CHARS - text.length() - (first ? 0 : 1);
            if (!first && !differ && item.statement().length() + marker.length() > room) {
                break;
            }
            // Of two sources that differ, both are said, each cut to half the room if need be.
            int share = differ && first ? (room - 1) / 2 : room;
            citations.cite(item.sourceId(), item.quote());
            text.append(first ? "" : " ").append(Ellipsis.shorten(item.statement(), share - marker.length())).append(marker);
            item.fact().map(Fact::id).ifPresent(factIds::add);
        }
        return new Answer.Answered(question, text.toString(), citations.list(), factIds, confidence);
    }

    /**
     * "Where did he say that?" after a remark whose paragraph opens with where it was made ({@link RemarkSettings}):
     * that sentence, to be said with the remark.
     */
    private Optional<Evidence.Item> setting(Evidence.Item lead, Question asked) {
        return settings.of(lead, asked).flatMap(p -> evidence.resolve(new Hit(p.id(), DocKind.PASSAGE, 0, lead.hit().coverage(), lead.hit().ownCoverage(), 0, 0, 0)));
    }

    /** The best statement, said as what the sources do say when they do not say what was asked; {@code question} as typed. */
    private Answer partial(Question asked, String question, Evidence.Item best, double confidence) {
        // a question that asks no kind of answer misses only its focus ("which concession"), what is to come ("the next summit"),
        // or that somebody said anything ("did putin himself say anything about it": the sources don't say so)
        String missing = asked.expects().type().constrains() ? asked.expects().asked()
                : asked.expects().focus() != null ? "which " + asked.expects().focus() : TypeCheck.asksNext(asked) ? "what comes next" : "so";
        String opening = "My sources don't say " + missing + ". What they do say: ";
        Evidence.Citations citations = evidence.citations();
        String marker = " [" + citations.cite(best.sourceId(), best.quote()) + "]";
        String text = opening + Ellipsis.shorten(best.statement(), MAX_ANSWER_CHARS - opening.length() - marker.length()) + marker;
        return new Answer.Partial(question, missing, text, citations.list(), best.fact().map(Fact::id).stream().toList(), confidence);
    }

    /** "Sources differ: " opens an answer that says two facts which dispute each other. */
    static final String SOURCES_DIFFER = "Sources differ: ";

    /** How the question was read and what retrieval found, for {@code ask --explain}. */
    public Explanation explain(Question question) {
        Question read = Rambling.questionProper(retriever.respelled(question));
        return Explanation.of(read, retriever.retrieve(read, HITS), calibration);
    }

    /**
     * The lead statement (a fact if one is nearly as good as the best hit, else the best passage),
     * and a second one when the evidence is nearly tied between two and the second is an answer too.
     */
    private List<Evidence.Item> choose(List<Evidence.Item> items, Retrieval retrieval, Question asked) {
        Evidence.Item best = items.get(0);
        List<Evidence.Item> nearlyBest = items.stream()
                .filter(i -> i.fact().isPresent() && i.hit().coverage() >= best.hit().coverage() - FACT_PREFERENCE)
                .toList();
        // A fact typed as the kind asked ("when": a date) answers it; another only mentions one ("On 2025-08-15, no ceasefire …").
        // Asked what a word means ("how does rubio define peace"), a statement that defines it leads ("peace, the end of hostilities, …").
        // Else the fact that restates the best passage, if it is nearly as good: another fact may say something else.
        // Asked why a thing is so or what it means ("why game changing tho"), a fact whose object the question says gives neither.
        Set<String> askedTerms = asksWhyOrMeaning(asked)
                ? retrieval.concepts().stream().flatMap(c -> c.terms().stream()).collect(Collectors.toSet()) : Set.of();
        Evidence.Item lead = nearlyBest.stream().filter(i -> typedAsAsked(i, asked)).findFirst()
                .or(() -> nearlyBest.stream().filter(i -> defines(i.statement(), asked.text())).findFirst())
                // "what does that mean?" after an answer: a statement that explains, not given before, leads however it covers
                .or(() -> explaining(items, retrieval, asked))
                .or(() -> askedTerms.isEmpty() || nearlyBest.stream().noneMatch(i -> echoes(i, askedTerms)) ? Optional.empty()
                        : nearlyBest.stream().filter(i -> !echoes(i, askedTerms)).findFirst())
                // "what kind of protection is kyiv getting": a statement that says what kind, by a name or by what it is like
                .or(() -> KIND_ASKED.matcher(asked.text()).find()
                        ? nearlyBest.stream().filter(i -> KIND_GIVEN.matcher(i.statement()).find()).findFirst() : Optional.empty())
                .or(() -> restating(best, nearlyBest))
                .or(() -> nearlyBest.stream().findFirst())
                .orElse(best);
        // After a typed answer, a second statement must be one too: "no ceasefire was reached" does not say when either.
        boolean typedLead = typedAsAsked(lead, asked);
        List<Evidence.Item> chosen = new ArrayList<>(List.of(lead));
        Optional<Evidence.Item> otherTitle = asked.expects().type() == AnswerType.ROLE ? otherTitle(lead, items, retrieval, asked) : Optional.empty();
        if (otherTitle.isPresent()) {
            chosen.add(otherTitle.get()); // "Senator Marco Rubio …", and "Secretary of State Rubio …": the sources give him both
            return chosen;
        }
        Optional<Evidence.Item> reason = reasonAfter(lead, asked);
        if (reason.isPresent()) {
            chosen.add(reason.get()); // "why were they wary": "… were doubtful …", then the next line, "Their worry was that …"
            return chosen;
        }
        items.stream()
                .filter(i -> i != lead
                        && (!typedLead || typedAsAsked(i, asked))
                        && i.hit().coverage() >= lead.hit().coverage() - SECOND_STATEMENT_MARGIN
                        && i.hit().score() >= SECOND_STATEMENT_SCORE * lead.hit().score()
                        && !overlaps(i, lead)
                        && probability(retrieval, i) >= Calibration.ANSWER_AT)
                .findFirst()
                .or(() -> asked.expects().type() == AnswerType.SAYING
                        // "what did zelensky say": the rest of his sentence is his words too, when it says them ("thanked")
                        ? restOfSentence(lead, items).filter(rest -> fits(rest, asked))
                        : typedLead || asked.expects().type().constrains() ? Optional.empty() : restOfSentence(lead, items))
                .ifPresent(chosen::add);
        return chosen;
    }

    /**
     * Asked why, when the lead says only that a thing is so ("Zelensky and the European leaders were doubtful about any
     * arrangement without an immediate ceasefire"), the next line of its paragraph in the notes ({@link Evidence#nextLine}),
     * when that one gives the reason ("Their worry was that Russia could take more Ukrainian territory …").
     */
    private Optional<Evidence.Item> reasonAfter(Evidence.Item lead, Question asked) {
        if (asked.expects().type() != AnswerType.REASON || REASON_GIVEN.matcher(lead.statement()).find()) {
            return Optional.empty();
        }
        return evidence.nextLine(lead).filter(next -> REASON_GIVEN.matcher(next.statement()).find());
    }

    /**
     * When the lead is a fact that says part of a sentence which covers the question as well ("Zelenskyy has thanked the
     * United States …, but expressed a need for clarity …"), the fact that says the rest of it: asked how he reacted, both
     * halves are his reaction.
     */
    private Optional<Evidence.Item> restOfSentence(Evidence.Item lead, List<Evidence.Item> items) {
        if (lead.fact().isEmpty()) {
            return Optional.empty();
        }
        Set<String> said = Set.copyOf(Analyzers.words(lead.statement()));
        return items.stream()
                .filter(i -> i.fact().isEmpty() && i.quote().contains(lead.quote()) && i.hit().coverage() >= lead.hit().coverage())
                .findFirst()
                .flatMap(sentence -> evidence.restatements(sentence).stream()
                        .filter(f -> !f.fact().equals(lead.fact()) && !saidIn(f.statement(), said))
                        .findFirst());
    }

    /** For a question for a role, a statement that gives the person another title than the lead does. */
    private Optional<Evidence.Item> otherTitle(Evidence.Item lead, List<Evidence.Item> items, Retrieval retrieval, Question asked) {
        Optional<String> title = RoleEvidence.title(lead.statement(), asked);
        return title.flatMap(t -> items.stream()
                .filter(i -> i != lead && RoleEvidence.title(i.statement(), asked).filter(other -> !other.equals(t)).isPresent()
                        && probability(retrieval, i) >= Calibration.ANSWER_AT)
                .findFirst());
    }

    /** The first of {@code facts} that restates the passage {@code best}, looked for only when there are facts to choose among. */
    private Optional<Evidence.Item> restating(Evidence.Item best, List<Evidence.Item> facts) {
        if (facts.size() < 2) {
            return Optional.empty();
        }
        Set<String> restating = evidence.restatements(best).stream().flatMap(i -> i.fact().stream()).map(Fact::id)
                .collect(Collectors.toSet());
        return facts.stream().filter(i -> i.fact().map(f -> restating.contains(f.id())).orElse(false)).findFirst();
    }

    /** A question for what a word means: "how does rubio define peace", "what did he mean by …", "the definition of …". */
    private static final Pattern DEFINITION_ASKED = Pattern.compile("(?i)\\b(?:define|defines|defined|definition|mean by|means by|meaning of)\\b");

    /**
     * True when the question asks what a word means and the statement defines a word of the question:
     * the word, then an appositive or "means" ("peace, the end of hostilities, is the goal").
     */
    private static boolean defines(String statement, String question) {
        if (!DEFINITION_ASKED.matcher(question).find()) {
            return false;
        }
        String lower = statement.toLowerCase(Locale.ROOT);
        return Arrays.stream(question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> w.length() > 3)
                .anyMatch(w -> Pattern.compile("\\b" + Pattern.quote(w) + ",\\s+(?:the|a|an)\\s|\\b" + Pattern.quote(w)
                        + "\\s+(?:means|refers to|is defined as)\\b").matcher(lower).find());
    }

    /** A follow-up asking what the answer before means: "what does that mean tho", "explain that pls", "what does it mean in practice". */
    private static final Pattern EXPLANATION_ASKED = Pattern.compile(
            "(?i)^(?:(?:and|so|but|ok|okay|wait)\\s+)*(?:what(?:'s|s| does| do| is)? (?:that|it|this) (?:mean|means)\\b|explain (?:that|it|this)\\b)");
    /** A statement that explains what it names: ", where an attack on one member is considered …", "which means …". */
    private static final Pattern EXPLAINS = Pattern.compile("(?i),\\s+where\\b|\\bwhich means\\b|\\bmeaning that\\b|\\bin other words\\b|\\bis considered\\b");

    /**
     * For a follow-up asking what the answer before means, the first confident statement that explains something and was not
     * the answer before: "The Article 5-like protection mirrors NATO's collective defense policy, where an attack on one member
     * is considered an attack on all" explains "resembles NATO's collective defense mandate".
     */
    private Optional<Evidence.Item> explaining(List<Evidence.Item> items, Retrieval retrieval, Question asked) {
        if (asked.answeredBefore().isEmpty() || !EXPLANATION_ASKED.matcher(asked.text()).find()) {
            return Optional.empty();
        }
        return items.stream().filter(i -> EXPLAINS.matcher(i.statement()).find() && !asked.answeredBefore().contains(i.statement())
                && probability(retrieval, i) >= Calibration.ANSWER_AT).findFirst();
    }

    /** "what kind of …", "wat sort of …", "which type of …". */
    private static final Pattern KIND_ASKED = Pattern.compile("(?i)\\b(?:kind|kinds|sort|sorts|type|types) of\\b");
    /** A kind said by a name with a number ("Article 5-like") or by what the thing is like ("mirrors NATO's …", "reminiscent of"). */
    private static final Pattern KIND_GIVEN = Pattern.compile("\\b\\p{Lu}\\p{Ll}+ \\d+|-like\\b|\\b(?:like|similar to|mirrors|resembles|reminiscent of)\\b");

    /** "why …", "what does game changing mean", "what's meant by …": a reason or a meaning is asked, not the thing itself. */
    private static final Pattern MEANING_ASKED = Pattern.compile("(?i)\\b(?:mean|means|meant|meaning|define|defined|definition)\\b");

    private static boolean asksWhyOrMeaning(Question asked) {
        return asked.expects().type() == AnswerType.REASON || MEANING_ASKED.matcher(asked.text()).find();
    }

    /** A fact whose object's every word is among {@code askedTerms}: it tells back what the question says. */
    private static boolean echoes(Evidence.Item item, Set<String> askedTerms) {
        return item.fact().map(f -> Analyzers.words(f.object())).filter(w -> !w.isEmpty() && askedTerms.containsAll(w)).isPresent();
    }

    /** A fact whose type is the kind of answer asked for (a date for "when", a place for "where"). */
    private static boolean typedAsAsked(Evidence.Item item, Question asked) {
        AnswerType type = asked.expects().type();
        return type.constrains() && item.fact().flatMap(Fact::type).filter(t -> TypeCheck.fits(t, type)).isPresent();
    }

    /** Two statements overlap when one's quote contains the other's, in any source: saying both repeats. */
    private static boolean overlaps(Evidence.Item a, Evidence.Item b) {
        return a.quote().contains(b.quote()) || b.quote().contains(a.quote()) || a.statement().equals(b.statement());
    }

    /**
     * Questions the knowledge answers ({@link Suggestions}): those of the facts most related to the
     * question first, then those of the first facts, one per subject.
     */
    List<String> suggestions(List<Evidence.Item> related) {
        Set<String> out = new LinkedHashSet<>();
        related.stream().flatMap(i -> i.fact().stream()).map(suggestions::of).flatMap(Optional::stream)
                .limit(MAX_SUGGESTIONS).forEach(out::add);
        Set<String> subjects = new LinkedHashSet<>();
        for (Fact fact : knowledge.facts()) {
            if (out.size() >= MAX_SUGGESTIONS) {
                break;
            }
            if (subjects.add(fact.subject().toLowerCase(Locale.ROOT))) {
                suggestions.of(fact).ifPresent(out::add);
            }
        }
        return List.copyOf(out).subList(0, Math.min(MAX_SUGGESTIONS, out.size()));
    }

    /** The question a fact suggests, as written from it (not yet asked back): for autocomplete. */
    public static Optional<String> suggestedQuestion(Fact fact) {
        return Suggestions.write(fact);
    }
}
