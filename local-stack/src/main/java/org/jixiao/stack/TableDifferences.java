package org.jixiao.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What differs in one table between the live and the rebuilt schema: rows with the same key but other values
 * ("changed"), and rows only one side has. {@code lines} describe them for a person, at most {@link #MAX_LINES}.
 */
record TableDifferences(String table, String summary, List<String> lines) {
    static final int MAX_LINES = 20;

    static TableDifferences none(String table) {
        return new TableDifferences(table, null, List.of());
    }

    static TableDifferences missingTable(String table, String why) {
        return new TableDifferences(table, why, List.of());
    }

    boolean isEmpty() {
        return summary == null;
    }

    /**
     * Pairs the rows each side has and the other lacks by their key: a key on both sides is one changed row, showing
     * only the columns that differ.
     */
    static TableDifferences of(
            String table,
            List<String> key,
            long liveOnly,
            long rebuiltOnly,
            List<Map<String, String>> liveRows,
            List<Map<String, String>> rebuiltRows) {
        Map<String, Map<String, String>> rebuiltByKey = new LinkedHashMap<>();
        rebuiltRows.forEach(row -> rebuiltByKey.put(keyOf(row, key), row));
        List<String> lines = new ArrayList<>();
        for (Map<String, String> live : liveRows) {
            String k = keyOf(live, key);
            Map<String, String> rebuilt = rebuiltByKey.remove(k);
            if (rebuilt == null) {
                lines.add("only in live     " + k + "  " + values(live, key));
            } else {
                lines.add("changed          " + k + "  " + changes(live, rebuilt));
            }
        }
        rebuiltByKey.forEach((k, row) -> lines.add("only in rebuild  " + k + "  " + values(row, key)));
        List<String> shown = lines.size() > MAX_LINES ? new ArrayList<>(lines.subList(0, MAX_LINES)) : lines;
        if (lines.size() > MAX_LINES || liveOnly + rebuiltOnly > liveRows.size() + rebuiltRows.size()) {
            shown.add("…");
        }
        String summary = liveOnly + " row(s) of the live schema not in the rebuild, " + rebuiltOnly
                + " row(s) of the rebuild not in the live schema";
        return new TableDifferences(table, summary, List.copyOf(shown));
    }

    private static String keyOf(Map<String, String> row, List<String> key) {
        return key.stream().map(c -> c + "=" + row.get(c)).collect(Collectors.joining(" ", "[", "]"));
    }

    private static String values(Map<String, String> row, List<String> key) {
        return row.entrySet().stream()
                .filter(e -> !key.contains(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    private static String changes(Map<String, String> live, Map<String, String> rebuilt) {
        return live.keySet().stream()
                .filter(c -> !Objects.equals(live.get(c), rebuilt.get(c)))
                .map(c -> c + ": live=" + live.get(c) + " rebuilt=" + rebuilt.get(c))
                .collect(Collectors.joining("; "));
    }

    /** The table's block of the report: a header with the counts, then the lines. */
    String describe() {
        StringBuilder text = new StringBuilder(table).append(": ").append(summary);
        lines.forEach(line -> text.append(System.lineSeparator()).append("  ").append(line));
        return text.toString();
    }
}
