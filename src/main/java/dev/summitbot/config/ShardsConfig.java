package dev.summitbot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord shards: how many the bot has in all, and which this process runs. Without {@code total} the
 * bot runs as one unsharded session, as it always has.
 *
 * @param total the number of shards, 1–4096, or {@code auto} for the number Discord recommends (then this
 *     process runs all of them)
 * @param ids the shards this process runs, as a range {@code 0-3} or one id {@code 2}; all of them when absent
 */
public record ShardsConfig(@JsonProperty("total") String total, @JsonProperty("ids") String ids) {

    public static final ShardsConfig NONE = new ShardsConfig(null, null);
    /** JDA's value for "ask Discord". */
    public static final int AUTO = -1;
    private static final Pattern RANGE = Pattern.compile("(\\d{1,4})(?:-(\\d{1,4}))?");

    public ShardsConfig {
        total = total == null || total.isBlank() ? null : total.strip().toLowerCase(Locale.ROOT);
        ids = ids == null || ids.isBlank() ? null : ids.strip();
        if (total != null && !total.equals("auto")) {
            int n;
            try {
                n = Integer.parseInt(total);
            } catch (NumberFormatException e) {
                n = 0;
            }
            if (n < 1 || n > 4096) {
                throw new IllegalArgumentException("discord.shards.total must be a number 1–4096 or `auto`, was `" + total + "`");
            }
        }
        if (ids != null) {
            if (total == null) {
                throw new IllegalArgumentException("discord.shards.ids needs discord.shards.total");
            }
            if (total.equals("auto")) {
                throw new IllegalArgumentException("discord.shards.ids needs a number in discord.shards.total, not `auto`: "
                        + "a process can run part of the shards only when all agree on how many there are");
            }
            Matcher range = RANGE.matcher(ids);
            if (!range.matches()) {
                throw new IllegalArgumentException("discord.shards.ids must be a range such as `0-3` or one id such as `2`, was `" + ids + "`");
            }
            int first = Integer.parseInt(range.group(1));
            int last = range.group(2) == null ? first : Integer.parseInt(range.group(2));
            if (first > last || last >= Integer.parseInt(total)) {
                throw new IllegalArgumentException("discord.shards.ids `" + ids + "` must run from low to high within 0–"
                        + (Integer.parseInt(total) - 1) + " (discord.shards.total is " + total + ")");
            }
        }
    }

    /** Whether the bot runs through a shard manager at all. */
    public boolean sharded() {
        return total != null;
    }

    /** The number of shards, or {@link #AUTO}. */
    public int totalShards() {
        return total == null ? 1 : total.equals("auto") ? AUTO : Integer.parseInt(total);
    }

    /** The first and last shard this process runs; empty for all of them (also with {@code auto}). */
    public Optional<int[]> range() {
        if (ids == null) {
            return Optional.empty();
        }
        Matcher range = RANGE.matcher(ids);
        range.matches();
        int first = Integer.parseInt(range.group(1));
        return Optional.of(new int[] {first, range.group(2) == null ? first : Integer.parseInt(range.group(2))});
    }

    /** Whether this process runs shard {@code id} (of a known total). */
    public boolean runs(int id) {
        return range().map(r -> r[0] <= id && id <= r[1]).orElse(true);
    }

    /** The same with either value replaced where present (environment variables over the file). */
    public ShardsConfig with(Optional<String> total, Optional<String> ids) {
        return new ShardsConfig(total.orElse(this.total), ids.orElse(this.ids));
    }
}
