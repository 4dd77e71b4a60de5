package org.jixiao.stack;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Minimal {@code --name value} / {@code --flag} parsing; a dependency for this would outweigh the code. */
final class Args {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    /**
     * @param flagNames options that take no value (e.g. {@code --fresh})
     * @param valueNames options that take one value; anything else is rejected so typos do not pass silently
     */
    Args(String[] args, Set<String> flagNames, Set<String> valueNames) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                inlineValue = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            if (flagNames.contains(arg) && inlineValue == null) {
                flags.add(arg);
            } else if (valueNames.contains(arg)) {
                if (inlineValue == null && i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                values.put(arg, inlineValue != null ? inlineValue : args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int port(String name, int fallback) {
        String raw = values.get(name);
        if (raw == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(raw.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number (0 = any free port), not " + raw);
        }
    }
}
