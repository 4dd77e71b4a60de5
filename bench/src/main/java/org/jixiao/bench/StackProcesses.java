package org.jixiao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The processes of one running stack, from {@code /proc}: the launcher JVM is the one whose command line names
 * {@code LocalStackMain} and the stack's data directory; the stack is it, PostgreSQL's postmaster (which names that
 * directory) and all their descendants, never this benchmark's own JVM. Each is labelled by what it is: "launcher JVM",
 * "kafka", "postgres", a module or an instance name.
 */
final class StackProcesses {
    /** One process of the stack. */
    record Member(long pid, String label) {}

    private record Proc(long pid, long parent, String cmdline) {}

    private StackProcesses() {}

    /** The stack's processes worth a label (empty when no launcher with that data directory runs). */
    static List<Member> of(Path dataDir) throws IOException {
        List<Proc> all = processes();
        String data = dataDir.toAbsolutePath().normalize().toString();
        Proc launcher = all.stream()
                .filter(p -> p.cmdline().contains("org.jixiao.stack.LocalStackMain")
                        && (p.cmdline().contains(data) || p.cmdline().contains(dataDir.toString())))
                .findFirst()
                .orElse(null);
        if (launcher == null) {
            return List.of();
        }
        // PostgreSQL detaches from the launcher (pg_ctl), so its postmaster is found by the data directory too.
        List<Proc> stack = new ArrayList<>(List.of(launcher));
        long self = ProcessHandle.current().pid();
        all.stream()
                .filter(p -> p != launcher && isPostgres(p) && p.cmdline().contains(data))
                .forEach(stack::add);
        // Only descendants of those: a wrapper naming the directory (flock, a shell running this benchmark) is not
        // the stack, nor is this benchmark's own JVM, whose class path names Kafka's client.
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < stack.size(); i++) {
            long parent = stack.get(i).pid();
            all.stream().filter(p -> p.parent() == parent && p.pid() != self).forEach(stack::add);
        }
        List<Member> members = new ArrayList<>();
        for (Proc p : stack) {
            String label = label(p, launcher);
            if (seen.add(p.pid()) && !label.isEmpty()) {
                members.add(new Member(p.pid(), label));
            }
        }
        return members;
    }

    /** What a process is, from its command line; empty for helpers not worth a line (setsid, shells). */
    private static String label(Proc p, Proc launcher) {
        String c = p.cmdline();
        if (p == launcher) {
            return "launcher JVM";
        }
        if (isPostgres(p)) {
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

    private static boolean isPostgres(Proc p) {
        String c = p.cmdline();
        return c.startsWith("postgres") || c.contains("/bin/postgres") || c.contains("postgres:");
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
