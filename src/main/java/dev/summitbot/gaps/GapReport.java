package dev.summitbot.gaps;

import java.time.Duration;
import java.util.List;

/**
 * What {@code gaps} and {@code /gaps} show.
 *
 * @param groups the groups shown, most asked first
 * @param totalGroups how many groups there are in all (more than shown when a limit cut the list)
 * @param questions how many logged questions the groups hold in all
 * @param skipped lines of the file that could not be read (corrupt or torn), skipped
 * @param window how far back the report looks
 */
public record GapReport(List<GapGroup> groups, int totalGroups, int questions, int skipped, Duration window) {

    public GapReport {
        groups = List.copyOf(groups);
    }
}
