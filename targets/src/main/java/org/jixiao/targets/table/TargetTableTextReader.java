package org.jixiao.targets.table;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads published 绩效目标表 from the text extraction of the Word document (one cell per tab-led line, empty lines
 * between rows). Structural only: it finds the tables, fills blank 一级指标 from the row above and reports missing
 * or broken structure as {@link TableProblem}s; it never throws for bad input and does not judge the content
 * (budget sums, allowed 二级指标, target grammar are the services' business).
 */
public final class TargetTableTextReader {

    public ReadResult read(String text) {
        List<Token> tokens = TokenScanner.scan(text == null ? "" : text);
        List<List<Token>> sections = TableSplitter.split(tokens);
        if (sections.isEmpty()) {
            TableProblem none =
                    new TableProblem(0, null, 1, null, null, "no target table found (no title or unit line)");
            return new ReadResult(List.of(), List.of(none));
        }
        List<TargetTable> tables = new ArrayList<>();
        List<TableProblem> problems = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            TableSectionReader.Section section = TableSectionReader.read(i + 1, sections.get(i));
            tables.add(section.table());
            problems.addAll(section.problems());
        }
        return new ReadResult(tables, problems);
    }

    /**
     * Reads the whole stream (the caller opens it with the file's charset, UTF-8 for the published files).
     *
     * @throws UncheckedIOException only when the stream itself fails; bad content never throws
     */
    public ReadResult read(Reader reader) {
        StringWriter text = new StringWriter();
        try {
            reader.transferTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the target table text", e);
        }
        return read(text.toString());
    }
}
