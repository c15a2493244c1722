package dev.summitbot.discord.standin;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One REST route: methods (a regular expression, e.g. {@code PUT|DELETE}), a path pattern and its handler. */
record RestRoute(String methods, Pattern path, BiFunction<Matcher, RecordedRequest, RestAnswer> handler) {

    static RestRoute of(String methods, String pathRegex, BiFunction<Matcher, RecordedRequest, RestAnswer> handler) {
        return new RestRoute(methods, Pattern.compile(pathRegex), handler);
    }

    /** The handler's answer if this route matches the request, else null. */
    RestAnswer answer(RecordedRequest request) {
        if (!request.method().matches(methods)) {
            return null;
        }
        Matcher matcher = path.matcher(request.path());
        return matcher.matches() ? handler.apply(matcher, request) : null;
    }
}
