package org.jixiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resident memory of every process of one running stack ({@link StackProcesses}): JVMs show their VmRSS; PostgreSQL's
 * processes share their buffers, so they are summed by Pss (each shared page counted once over all of them) and shown
 * as one line with their number.
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
        for (StackProcesses.Member p : stack) {
            if (p.label().equals("postgres")) {
                postgresKb += kb(Path.of("/proc", Long.toString(p.pid()), "smaps_rollup"), "Pss:");
                postgresProcesses++;
            } else {
                rows.merge(p.label(), kb(Path.of("/proc", Long.toString(p.pid()), "status"), "VmRSS:"), Long::sum);
            }
        }
        rows.put("postgres (" + postgresProcesses + " processes, Pss)", postgresKb);
        System.out.println();
        System.out.printf("%-44s %10s%n", "process", "resident MB");
        long total = 0;
        for (Map.Entry<String, Long> row : rows.entrySet()) {
            System.out.printf("%-44s %10d%n", row.getKey(), row.getValue() / 1024);
            total += row.getValue();
        }
        System.out.printf("%-44s %10d%n", "total", total / 1024);
        return total / 1024;
    }

    private static long kb(Path file, String field) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(
                            line.substring(field.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended while we looked
        }
        return 0;
    }
}
