package org.jixiao.stack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** Options of {@link LocalStackMain}, with the defaults README and the launcher script promise. */
record StackOptions(
        Path repo,
        Path data,
        boolean fresh,
        int gatewayPort,
        int pgPort,
        int kafkaPort,
        int controllerPort,
        int serviceBasePort,
        Path seeds,
        boolean demoData,
        int monitoringInstances) {

    static final String USAGE = String.join(
            "\n",
            "usage: ./jixiao up [options]",
            "  --fresh                 delete the data directory first (all data, topics and logs)",
            "  --data DIR              data directory (default: <repo>/.jixiao)",
            "  --gateway-port N        gateway HTTP port (default 8080, or env JIXIAO_GATEWAY_PORT)",
            "  --pg-port N             PostgreSQL port (default 5433)",
            "  --kafka-port N          Kafka port (default 9092)",
            "  --controller-port N     Kafka KRaft controller port (default: Kafka port + 1)",
            "  --service-ports N       first of three ports: project N, indicator N+1, monitoring N+2 (default 8081)",
            "  --seeds DIR             demo target tables (*.txt) to import (default: <repo>/demo/tables)",
            "  --no-demo               do not import the demo data",
            "  --monitoring-instances N  monitoring-service processes in one consumer group (default 1); the first",
            "                          serves the gateway on its port, the others listen on free ports",
            "  --repo DIR              repository root with the built services (default: current directory)",
            "Ctrl-C (or SIGTERM) stops the services, Kafka and PostgreSQL.");

    private static final Set<String> FLAGS = Set.of("--fresh", "--no-demo");
    private static final Set<String> VALUES = Set.of(
            "--data",
            "--gateway-port",
            "--pg-port",
            "--kafka-port",
            "--controller-port",
            "--service-ports",
            "--seeds",
            "--repo",
            "--monitoring-instances");

    static StackOptions parse(String[] argv, Map<String, String> env) {
        Args args = new Args(argv, FLAGS, VALUES);
        Path repo = Path.of(args.value("--repo", ".")).toAbsolutePath().normalize();
        int kafkaPort = args.port("--kafka-port", 9092);
        int gatewayDefault = parsePort(env.getOrDefault("JIXIAO_GATEWAY_PORT", "8080"), "JIXIAO_GATEWAY_PORT");
        StackOptions options = new StackOptions(
                repo,
                Path.of(args.value("--data", repo.resolve(".jixiao").toString()))
                        .toAbsolutePath()
                        .normalize(),
                args.flag("--fresh"),
                args.port("--gateway-port", gatewayDefault),
                args.port("--pg-port", 5433),
                kafkaPort,
                // 0 for the Kafka port means "any free port"; the controller then gets its own free port too.
                args.port("--controller-port", kafkaPort == 0 ? 0 : kafkaPort + 1),
                args.port("--service-ports", 8081),
                Path.of(args.value("--seeds", repo.resolve("demo/tables").toString()))
                        .toAbsolutePath()
                        .normalize(),
                !args.flag("--no-demo"),
                instances(args.value("--monitoring-instances", "1")));
        options.validate();
        return options;
    }

    /**
     * The services talk to each other on fixed ports (gateway upstream URLs), so 0 cannot mean "any port" for them:
     * callers that need free ports pick them and pass them in (as the end-to-end test does).
     */
    private void validate() {
        if (gatewayPort == 0 || serviceBasePort == 0 || serviceBasePort > 65533) {
            throw new IllegalArgumentException("--gateway-port and --service-ports need real port numbers (not 0)");
        }
        if (gatewayPort >= serviceBasePort && gatewayPort <= serviceBasePort + 2) {
            throw new IllegalArgumentException("--gateway-port " + gatewayPort + " collides with --service-ports "
                    + serviceBasePort + ".." + (serviceBasePort + 2));
        }
    }

    private static int instances(String raw) {
        try {
            int n = Integer.parseInt(raw.trim());
            if (n >= 1 && n <= 6) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        // More instances than the topics' six partitions would sit idle.
        throw new IllegalArgumentException("--monitoring-instances must be 1 to 6, not " + raw);
    }

    private static int parsePort(String raw, String name) {
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not " + raw);
        }
    }

    Path logDir() {
        return data.resolve("logs");
    }
}
