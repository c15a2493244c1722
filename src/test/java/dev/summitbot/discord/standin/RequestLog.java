package dev.summitbot.discord.standin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Thread-safe log of every REST request, in arrival order, with a blocking wait for a match. */
final class RequestLog {
    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized void add(RecordedRequest request) {
        requests.add(request);
        notifyAll();
    }

    synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    /** The first logged request (past or future) matching {@code matcher}; fails after {@code timeout}. */
    synchronized RecordedRequest await(Predicate<RecordedRequest> matcher, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < requests.size(); checked++) {
                if (matcher.test(requests.get(checked))) {
                    return requests.get(checked);
                }
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new AssertionError("no matching REST request within " + timeout + "; received "
                        + requests.size() + ":" + describe(requests));
            }
            wait(left);
        }
    }

    static String describe(List<RecordedRequest> list) {
        return list.isEmpty() ? " (none)"
                : list.stream().map(r -> "\n  " + r).collect(Collectors.joining());
    }
}
