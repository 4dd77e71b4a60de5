package org.jixiao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Resident memory of every process of one running stack, from {@code /proc}: the launcher JVM is the one whose command
 * line names {@code LocalStackMain} and the stack's data directory; the stack is it, every other process naming that
 * directory (PostgreSQL's postmaster) and all their descendants. JVMs show
 * their VmRSS; PostgreSQL's processes share their buffers, so they are summed by Pss (each shared page counted once
 * over all of them) and shown as one line with their number.
 */
final class Footprint {
    private record Proc(long pid, long parent, String cmdline) {}

    private Footprint() {}

    /** Prints the table and returns the total in MB (0 when no stack with that data directory was found). */
    static long print(Path dataDir) throws IOException {
        List<Proc> all = processes();
        String data = dataDir.toAbsolutePath().normalize().toString();
        Proc launcher = all.stream()
                .filter(p -> p.cmdline().contains("org.jixiao.stack.LocalStackMain")
                        && (p.cmdline().contains(data) || p.cmdline().contains(dataDir.toString())))
                .findFirst()
                .orElse(null);
        if (launcher == null) {
            System.out.println("footprint: no launcher (LocalStackMain) with data directory " + data + " found");
            return 0;
        }
        // PostgreSQL detaches from the launcher (pg_ctl), so its postmaster is found by the data directory too.
        List<Proc> stack = new ArrayList<>(List.of(launcher));
        long self = ProcessHandle.current().pid();
        all.stream()
                .filter(p -> p != launcher && p.pid() != self && p.cmdline().contains(data))
                .filter(p -> !p.cmdline().contains("org.jixiao.bench"))
                .forEach(stack::add);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < stack.size(); i++) {
            long parent = stack.get(i).pid();
            all.stream().filter(p -> p.parent() == parent).forEach(stack::add);
        }
        stack.removeIf(p -> !seen.add(p.pid()));
        Map<String, Long> rows = new LinkedHashMap<>();
        long postgresKb = 0;
        int postgresProcesses = 0;
        for (Proc p : stack) {
            String name = label(p, launcher);
            if (name.equals("postgres")) {
                postgresKb += kb(p.pid(), Path.of("/proc", Long.toString(p.pid()), "smaps_rollup"), "Pss:");
                postgresProcesses++;
            } else if (!name.isEmpty()) {
                rows.merge(name, kb(p.pid(), Path.of("/proc", Long.toString(p.pid()), "status"), "VmRSS:"), Long::sum);
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

    /** What a process is, from its command line; empty for helpers not worth a line (setsid, shells). */
    private static String label(Proc p, Proc launcher) {
        String c = p.cmdline();
        if (p == launcher) {
            return "launcher JVM";
        }
        if (c.startsWith("postgres") || c.contains("/bin/postgres") || c.contains("postgres:")) {
            return "postgres";
        }
        if (c.contains("kafka")) {
            return "kafka";
        }
        for (String module : List.of("project-service", "indicator-service", "monitoring-service", "gateway")) {
            if (c.contains("/" + module + "/target/")) {
                String instance = c.replaceAll(".*-Djixiao\\.instance=(\\S+).*", "$1");
                return instance.equals(c) ? module : instance;
            }
        }
        return c.contains("java") ? c.substring(0, Math.min(40, c.length())) : "";
    }

    private static long kb(long pid, Path file, String field) {
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

    private static List<Proc> processes() throws IOException {
        List<Proc> list = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path dir : entries.toList()) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    // pid (comm) state ppid …: comm may contain spaces and parentheses, so split after the last ')'.
                    String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    String cmdline = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ')
                            .strip();
                    list.add(new Proc(Long.parseLong(name), Long.parseLong(after[1]), cmdline));
                } catch (IOException | RuntimeException gone) {
                    // ended while listing
                }
            }
        }
        return list;
    }
}
