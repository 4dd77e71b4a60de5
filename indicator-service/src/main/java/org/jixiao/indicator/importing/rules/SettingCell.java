package org.jixiao.indicator.importing.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.targets.Accumulation;
import org.jixiao.targets.Direction;

/**
 * An optional 计量方式 or 指标方向 cell of a workbook (docs/rules.md, "Setting them"): the value's name as the API writes
 * it or its Chinese label; a blank cell keeps the target grammar's default.
 */
public final class SettingCell<E extends Enum<E>> {
    public static final SettingCell<Accumulation> MEASURE = new SettingCell<>(
            "计量方式", Map.of(Accumulation.CUMULATIVE, "累计", Accumulation.LEVEL, "时点", Accumulation.ONE_OFF, "一次性"));
    public static final SettingCell<Direction> DIRECTION = new SettingCell<>(
            "指标方向", Map.of(Direction.HIGHER_BETTER, "越高越好", Direction.LOWER_BETTER, "越低越好", Direction.EXACT, "等于"));

    /** The longest cell worth reading: anything longer is no value of the list, and is not echoed back. */
    static final int MAX_LENGTH = 20;

    private final String column;
    private final Map<String, E> byText = new LinkedHashMap<>();
    private final String allowed;

    private SettingCell(String column, Map<E, String> labels) {
        this.column = column;
        labels.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            byText.put(e.getValue(), e.getKey());
            byText.put(e.getKey().name(), e.getKey());
        });
        this.allowed = labels.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() + " (" + e.getKey().name() + ")")
                .collect(Collectors.joining(", "));
    }

    public String column() {
        return column;
    }

    /** The value set by the cell; null when the cell is absent or blank. Check {@link #refusal} first. */
    public E read(String cell) {
        return cell == null || cell.isBlank() ? null : byText.get(cell.strip());
    }

    /** Null when the cell is absent, blank or one of the values, else why not. */
    String refusal(String cell) {
        if (cell == null || cell.isBlank() || byText.containsKey(cell.strip())) {
            return null;
        }
        return "is not one of " + allowed + "; leave it blank for the default";
    }
}
