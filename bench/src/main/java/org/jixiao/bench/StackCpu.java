package org.jixiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time used by each process of a running stack ({@link StackProcesses}) and by this benchmark, from the user and
 * system times in {@code /proc/<pid>/stat}: what one request costs each process when a measurement's difference is
 * divided by its requests. On a machine whose cores all of them share, these costs bound the ratios the clocks show.
 */
final class StackCpu {
    /** Clock ticks a second, as the kernel counts them in {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100;

    static final String CLIENT = "benchmark client";

    private final List<StackProcesses.Member> stack;

    private StackCpu(List<StackProcesses.Member> stack) {
        this.stack = stack;
    }

    static StackCpu of(Path dataDir) throws IOException {
        return new StackCpu(StackProcesses.of(dataDir));
    }

    /** Seconds of CPU so far per label (PostgreSQL's processes summed; backends that ended are not counted). */
    Map<String, Double> seconds() {
        Map<String, Double> used = new HashMap<>();
        for (StackProcesses.Member p : stack) {
            used.merge(p.label(), seconds(p.pid()), Double::sum);
        }
        used.put(CLIENT, seconds(ProcessHandle.current().pid()));
        return used;
    }

    /** µs of CPU per unit of work ({@code count} requests or reports) of one label, or of all of them when null. */
    static double microsEach(Map<String, Double> used, String label, long count) {
        double seconds = label == null
                ? used.values().stream().mapToDouble(Double::doubleValue).sum()
                : used.getOrDefault(label, 0.0);
        return count == 0 ? 0 : 1e6 * seconds / count;
    }

    /** Each label's {@link #microsEach} in label order, then all of them: " label 1,234; … all 5,678". */
    static String describeEach(Map<String, Double> used, long count) {
        StringBuilder line = new StringBuilder();
        new TreeMap<>(used)
                .keySet()
                .forEach(label -> line.append(String.format(" %s %,.0f;", label, microsEach(used, label, count))));
        return line.append(String.format(" all %,.0f", microsEach(used, null, count)))
                .toString();
    }

    /** The difference of two readings per label. */
    static Map<String, Double> since(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new HashMap<>();
        after.forEach((label, s) -> used.put(label, Math.max(0, s - before.getOrDefault(label, 0.0))));
        return used;
    }

    private static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // pid (comm) state …: comm may contain spaces, so count fields after the last ')'; utime and stime are
            // fields 14 and 15, i.e. the 12th and 13th after it.
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(after[11]) + Long.parseLong(after[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
