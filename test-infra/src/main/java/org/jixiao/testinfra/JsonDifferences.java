package org.jixiao.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Compares an example of the API document with the service's real answer, listing every difference by path. */
public final class JsonDifferences {
    private JsonDifferences() {}

    /** Equal as JSON; numbers by value, as the document shows 11.00 as 11.0. */
    public static List<String> values(JsonNode example, JsonNode real) {
        List<String> out = new ArrayList<>();
        compare("$", example, real, true, out);
        return out;
    }

    /**
     * The same field names and kinds of value at every level, values aside (event ids differ at every call); a null
     * on either side matches any value, and every item of an array is compared with the real answer's first.
     */
    public static List<String> shape(JsonNode example, JsonNode real) {
        List<String> out = new ArrayList<>();
        compare("$", example, real, false, out);
        return out;
    }

    private static void compare(String at, JsonNode example, JsonNode real, boolean values, List<String> out) {
        if (example.isObject() && real.isObject()) {
            Set<String> names = new TreeSet<>();
            example.fieldNames().forEachRemaining(names::add);
            real.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!example.has(name)) {
                    out.add(at + "." + name + ": missing in the example");
                } else if (!real.has(name)) {
                    out.add(at + "." + name + ": not in the real answer");
                } else {
                    compare(at + "." + name, example.get(name), real.get(name), values, out);
                }
            }
        } else if (example.isArray() && real.isArray()) {
            if (values && example.size() != real.size()) {
                out.add(at + ": " + example.size() + " items in the example, " + real.size() + " in the real answer");
            }
            Iterator<JsonNode> items = example.elements();
            for (int i = 0; items.hasNext() && !real.isEmpty(); i++) {
                JsonNode counterpart = values ? real.get(Math.min(i, real.size() - 1)) : real.get(0);
                compare(at + "[" + i + "]", items.next(), counterpart, values, out);
            }
        } else if (example.isNull() || real.isNull()) {
            if (values && example.isNull() != real.isNull()) {
                out.add(at + ": " + example + " in the example, " + real + " in the real answer");
            }
        } else if (example.isNumber() && real.isNumber()) {
            if (values && example.decimalValue().compareTo(real.decimalValue()) != 0) {
                out.add(at + ": " + example + " in the example, " + real + " in the real answer");
            }
        } else if (example.getNodeType() != real.getNodeType() || (values && !example.equals(real))) {
            out.add(at + ": " + example + " in the example, " + real + " in the real answer");
        }
    }
}
