package org.jixiao.monitoring.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.kit.problem.ProblemException;

/**
 * A progress batch as a JSON array of the objects {@code POST /api/progress} takes. Each element is bound on its own,
 * so a value of the wrong type in one report is reported with all the others ({@code [2].asOf}).
 */
final class JsonBatchReader {
    private JsonBatchReader() {}

    /** Malformed JSON is a {@link com.fasterxml.jackson.core.JsonParseException}, which answers 400. */
    static List<BatchRow> read(byte[] body, ObjectMapper json, int maxRows) throws IOException {
        JsonNode tree = body.length == 0 ? null : json.readTree(body);
        if (tree == null || tree.isMissingNode() || !tree.isArray()) {
            throw ProblemException.invalid("body", "must be a JSON array of progress reports");
        }
        BatchLimits.checkCount(tree.size(), maxRows);
        List<BatchRow> rows = new ArrayList<>(tree.size());
        for (int i = 0; i < tree.size(); i++) {
            rows.add(bind(i, tree.get(i), json));
        }
        BatchLimits.checkNotEmpty(rows);
        return rows;
    }

    private static BatchRow bind(int index, JsonNode element, ObjectMapper json) {
        BatchRow located = new BatchRow(index, null, null, List.of());
        if (!element.isObject()) {
            return new BatchRow(
                    index, null, null, List.of(located.violation("body", "must be a progress report object")));
        }
        try {
            return new BatchRow(index, null, json.treeToValue(element, ProgressRequest.class), List.of());
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
            return new BatchRow(
                    index, null, null, List.of(located.violation(field, "has a value of the wrong type or format")));
        } catch (JsonProcessingException e) {
            return new BatchRow(index, null, null, List.of(located.violation("body", e.getOriginalMessage())));
        }
    }
}
