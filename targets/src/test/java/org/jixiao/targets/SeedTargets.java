package org.jixiao.targets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The expectation table {@code seed-targets.csv}: one line per distinct (指标值, 二级指标, name) of the seed files. */
final class SeedTargets {

    /** One expected parse; null fields are empty in the file. */
    record Expected(
            String raw,
            String level2,
            String name,
            Comparator comparator,
            BigDecimal value,
            String unit,
            TargetKind kind,
            Direction direction,
            Accumulation accumulation,
            LocalDate deadline) {

        String key() {
            return key(raw, level2, name);
        }

        static String key(String raw, String level2, String name) {
            return raw.strip() + " | " + level2.strip() + " | " + name.strip();
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private static final String RESOURCE = "/seed-targets.csv";
    private static final String HEADER = "raw|level2|name|comparator|value|unit|kind|direction|accumulation|deadline";

    private SeedTargets() {}

    static List<Expected> all() {
        InputStream in = Objects.requireNonNull(SeedTargets.class.getResourceAsStream(RESOURCE), RESOURCE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.equals(HEADER))
                    .map(SeedTargets::row)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Expected row(String line) {
        String[] f = line.split("\\|", -1);
        if (f.length != 10) {
            throw new IllegalArgumentException("expected 10 fields: " + line);
        }
        return new Expected(
                f[0],
                f[1],
                f[2],
                f[3].isEmpty() ? null : Comparator.valueOf(f[3]),
                f[4].isEmpty() ? null : new BigDecimal(f[4]),
                f[5].isEmpty() ? null : f[5],
                TargetKind.valueOf(f[6]),
                Direction.valueOf(f[7]),
                Accumulation.valueOf(f[8]),
                f[9].isEmpty() ? null : LocalDate.parse(f[9]));
    }
}
