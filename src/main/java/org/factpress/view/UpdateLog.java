package org.factpress.view;

import java.util.List;
import org.factpress.model.Update;

/**
 * A check's corrections and updates as every page and print shows them: newest first, each with its anchor and,
 * for a rating change, both verdicts ({@link Views#log}). The fact-check page, the article brief and the fact brief
 * all read this one log, so they list the same entries in the same order.
 *
 * @param entries every update, newest first (the same date: the later in the file first)
 * @param withdrawals the entries that withdraw the check, newest first
 * @param ratingChange the newest rating change whose earlier verdict is on the scale, or null
 */
public record UpdateLog(List<Correction> entries, List<Correction> withdrawals, Correction ratingChange) {

    public UpdateLog {
        entries = List.copyOf(entries);
        withdrawals = List.copyOf(withdrawals);
    }

    public static UpdateLog of(List<Correction> newestFirst) {
        return new UpdateLog(newestFirst,
                newestFirst.stream().filter(u -> u.update().type() == Update.Type.VOID).toList(),
                newestFirst.stream().filter(u -> u.from() != null).findFirst().orElse(null));
    }

    /** The newest withdrawal, or null when the check stands. */
    public Correction withdrawal() {
        return withdrawals.isEmpty() ? null : withdrawals.get(0);
    }
}
