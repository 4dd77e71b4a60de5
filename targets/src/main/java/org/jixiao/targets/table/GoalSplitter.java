package org.jixiao.targets.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the 绩效目标 cell into its numbered goals. A line that starts with a number ("2.", "3、") starts a new
 * goal; a line without one continues the goal before it. Repeated numbering such as "1.1.通过…" (a typing slip in
 * the published tables) is removed as a whole.
 */
public final class GoalSplitter {

    /** One or more "N." / "N、" prefixes, only when text (not another digit, as in "1.5万元") follows. */
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,2}[.．、]\\s*)+(?=\\D)");

    private GoalSplitter() {}

    public static List<String> split(String goalsText) {
        List<String> goals = new ArrayList<>();
        for (String line : goalsText.split("\n")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher numbering = NUMBERING.matcher(text);
            if (numbering.find()) {
                goals.add(text.substring(numbering.end()).strip());
            } else if (goals.isEmpty()) {
                goals.add(text);
            } else {
                goals.set(goals.size() - 1, goals.get(goals.size() - 1) + text);
            }
        }
        return goals;
    }
}
