package org.jixiao.targets.table;

/**
 * Missing or broken structure found while reading, located so that a clerk can find it in the document.
 *
 * @param tableNumber 1-based order of the table in the file, 0 when the problem is not inside a table
 * @param tableTitle the table's title, or null
 * @param line 1-based line in the file
 * @param column the label of the cell concerned (项目名称, 指标值, …), or null
 * @param text the offending text, or null when the problem is something missing
 * @param message what is wrong, in words
 */
public record TableProblem(int tableNumber, String tableTitle, int line, String column, String text, String message) {}
