package org.jixiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resident memory of every process of one running stack ({@link StackProcesses}), each page counted once. The JVMs all
 * map the same JDK (libjvm's code, the JDK's class-data archive): summing their VmRSS would count those pages once per
 * JVM, so each JVM shows its private pages, and the pages they share appear once in a row of their own (the largest
 * shared set among them, since they share the same files). PostgreSQL's processes share their buffers, so they are
 * summed by Pss (each shared page counted once over all of them) and shown as one line with their number. The sum of
 * the JVMs' VmRSS is printed too.
 */
final class Footprint {
    private Footprint() {}

    /** Prints the table and returns the total in MB (0 when no stack with that data directory was found). */
    static long print(Path dataDir) throws IOException {
        List<StackProcesses.Member> stack = StackProcesses.of(dataDir);
        if (stack.isEmpty()) {
            System.out.println("footprint: no launcher (LocalStackMain) with data directory " + dataDir + " found");
            return 0;
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        long postgresKb = 0;
        int postgresProcesses = 0;
        long jvmSharedKb = 0;
        long jvmResidentKb = 0;
        for (StackProcesses.Member p : stack) {
            Map<String, Long> memory = rollup(p.pid());
            if (p.label().equals("postgres")) {
                postgresKb += memory.getOrDefault("Pss", 0L);
                postgresProcesses++;
            } else {
                long resident = memory.getOrDefault("Rss", 0L);
                long own = memory.getOrDefault("Private_Clean", 0L) + memory.getOrDefault("Private_Dirty", 0L);
                rows.merge(p.label(), own, Long::sum);
                jvmSharedKb = Math.max(jvmSharedKb, resident - own);
                jvmResidentKb += resident;
            }
        }
        rows.put("shared by the JVMs, once (JDK code and classes)", jvmSharedKb);
        rows.put("postgres (" + postgresProcesses + " processes, Pss)", postgresKb);
        System.out.println();
        System.out.printf("%-50s %10s%n", "process", "resident MB");
        long total = 0;
        for (Map.Entry<String, Long> row : rows.entrySet()) {
            System.out.printf("%-50s %10d%n", row.getKey(), row.getValue() / 1024);
            total += row.getValue();
        }
        System.out.printf("%-50s %10d%n", "total", total / 1024);
        System.out.printf(
                "%-50s %10d%n",
                "total with each JVM's VmRSS (shared pages per JVM)", (jvmResidentKb + postgresKb) / 1024);
        return total / 1024;
    }

    /** The kB fields of {@code /proc/<pid>/smaps_rollup}; empty when the process ended while we looked. */
    private static Map<String, Long> rollup(long pid) {
        Map<String, Long> fields = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.endsWith("kB")) {
                    fields.put(
                            line.substring(0, colon),
                            Long.parseLong(
                                    line.substring(colon + 1, line.length() - 2).strip()));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended while we looked
        }
        return fields;
    }
}
