package org.jixiao.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench/run reads --at-scale} (also {@code bench/run scale}): issue 15's "at scale" goal (docs/benchmarks.md,
 * "At scale"). Generates the data set straight into the databases ({@link ScaleData}), has monitoring evaluate it
 * ({@link ScaleEvaluation}), then measures the reads through the gateway against their goals ({@link ScaleReads}).
 *
 * <p>Arguments: {@code --gateway URL --data DIR --pg-port N [--units 2000] [--projects 100000]
 * [--indicators-per-project 10] [--reports-per-indicator 12] [--generate true] [--measure true]
 * [--evaluation-minutes 120] [--connections 1,8] [--warmup 5] [--seconds 10] [--rounds 3] [--keys 80]}. Generation
 * and measurement can run apart ({@code --measure false}, then {@code --generate false}), so that only the
 * measurement holds a shared machine's benchmark lock; without generating, the projects whose stored answers a
 * restart dropped are evaluated again first.
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {}

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i], argv[i + 1]);
        }
        ScaleShape shape = new ScaleShape(
                integer(args, "--units", 2_000),
                integer(args, "--projects", 100_000),
                integer(args, "--indicators-per-project", 10),
                integer(args, "--reports-per-indicator", 12),
                LocalDate.now());
        Path data = Path.of(args.getOrDefault("--data", ".jixiao"));
        ScaleData database = new ScaleData(args.getOrDefault("--pg-port", "5433"), data, shape);
        System.out.printf(
                "at scale: %,d units, %,d projects, %,d indicators, %,d reports%n",
                shape.units(),
                shape.projects(),
                (long) shape.projects() * shape.indicatorsPerProject(),
                (long) shape.projects() * shape.indicatorsPerProject() * shape.reportsPerIndicator());
        if (Boolean.parseBoolean(args.getOrDefault("--generate", "true"))) {
            database.generate();
        }
        new ScaleEvaluation(database, shape).evaluate(integer(args, "--evaluation-minutes", 120));
        if (!Boolean.parseBoolean(args.getOrDefault("--measure", "true"))) {
            return;
        }
        URI gateway = URI.create(args.getOrDefault("--gateway", "http://127.0.0.1:8080"));
        String adminKey = System.getenv("JIXIAO_ADMIN_KEY");
        if (adminKey == null || adminKey.isBlank()) {
            adminKey = Files.readString(data.resolve("keys/admin.key")).strip();
        }
        List<Integer> connections = Arrays.stream(
                        args.getOrDefault("--connections", "1,8").split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .toList();
        int rounds = integer(args, "--rounds", 3);
        System.out.printf(
                "at-scale reads, %s, %s connections (the report: 1), then %d interleaved rounds; load average %s%n",
                OffsetDateTime.now(ZoneOffset.UTC),
                connections,
                rounds,
                Files.readString(Path.of("/proc/loadavg")).strip());
        try (ReaderTokens readers = ReaderTokens.create(gateway, adminKey, integer(args, "--keys", 80))) {
            new ScaleReads(gateway, shape)
                    .measure(
                            readers.tokens(),
                            connections,
                            Double.parseDouble(args.getOrDefault("--warmup", "5")),
                            Double.parseDouble(args.getOrDefault("--seconds", "10")),
                            rounds);
        }
        System.out.printf(
                "load average after: %s%n",
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static int integer(Map<String, String> args, String name, int fallback) {
        return Integer.parseInt(
                args.getOrDefault(name, Integer.toString(fallback)).replace("_", ""));
    }
}
