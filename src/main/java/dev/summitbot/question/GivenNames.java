package dev.summitbot.question;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * English given names that are a man's or a woman's, from Datafaker's name lists ({@code en/name.yml}
 * of the {@code datafaker} artifact, read as data): "Ursula" and "Margaret" are a woman's, "Marco"
 * and "Steve" a man's. A name on both lists ("Donald", "Sean") or on neither ("Volodymyr") is
 * nobody's for sure. Loaded once, on first use.
 */
final class GivenNames {

    private static final String FILE = "/en/name.yml";
    private static final String MEN = "male_first_name:";
    private static final String WOMEN = "female_first_name:";

    private final Set<String> men;
    private final Set<String> women;

    private GivenNames(Set<String> men, Set<String> women) {
        this.men = Set.copyOf(men);
        this.women = Set.copyOf(women);
    }

    static GivenNames get() {
        return Holder.INSTANCE;
    }

    /** Whether {@code given} is a woman's name (true), a man's (false), or either or neither (empty). */
    Optional<Boolean> woman(String given) {
        String name = given.toLowerCase(Locale.ROOT);
        boolean man = men.contains(name);
        boolean woman = women.contains(name);
        return man == woman ? Optional.empty() : Optional.of(woman);
    }

    private static final class Holder {
        static final GivenNames INSTANCE = load();
    }

    /** The two lists: the {@code - "Name"} lines under each key, up to the next key. */
    private static GivenNames load() {
        Set<String> men = new HashSet<>();
        Set<String> women = new HashSet<>();
        try (InputStream in = GivenNames.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath: the datafaker artifact brings it");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> list = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String item = line.strip();
                if (item.endsWith(":")) {
                    list = item.equals(MEN) ? men : item.equals(WOMEN) ? women : null;
                } else if (list != null && item.startsWith("- ")) {
                    list.add(item.substring(2).replace("\"", "").toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return new GivenNames(men, women);
    }
}
