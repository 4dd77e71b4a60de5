package org.jixiao.targets.table;

import java.util.ArrayList;
import java.util.List;

/** Groups cells into blocks separated by empty lines: in the layout one block is one row or one section. */
final class Blocks {

    private Blocks() {}

    static List<List<Token>> of(List<Token> tokens) {
        List<List<Token>> blocks = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token token : tokens) {
            if (token.isCell()) {
                current.add(token);
            } else if (!current.isEmpty()) {
                blocks.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    static boolean allBlank(List<Token> block) {
        return block.stream().allMatch(cell -> cell.text().isBlank());
    }
}
