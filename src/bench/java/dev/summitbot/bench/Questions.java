package dev.summitbot.bench;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread's place in the question list: every question in turn, threads out of step. */
@State(Scope.Thread)
public class Questions {

    private int next = ThreadLocalRandom.current().nextInt(1 << 20);

    String next(List<String> questions) {
        next = next + 1 == Integer.MAX_VALUE ? 0 : next + 1;
        return questions.get(next % questions.size());
    }
}
