package org.jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AclBinding;
import org.jixiao.stack.KafkaAccess;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs in CI, so docker-compose.yml is checked statically: it parses, every service it builds uses
 * the one shared Dockerfile with its own folder, every variable it sets on a service names a property that service
 * really has, dependencies exist, and ports agree with the services' configuration and the gateway's upstream URLs.
 * Its Kafka must be guarded as the local stack's is (docs/security.md, "Kafka"): logins only, and the same grants.
 */
class DockerComposeFileTest {
    static final Path REPO = Path.of(System.getProperty("jixiao.repo.dir", ".."))
            .toAbsolutePath()
            .normalize();
    static final Set<String> JIXIAO_SERVICES =
            Set.of("project-service", "indicator-service", "monitoring-service", "gateway");
    /** A value docker compose refuses to start without: {@code ${NAME:?message}}, never a default. */
    static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?[^}]*}");

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services() throws IOException {
        try (Reader reader = Files.newBufferedReader(REPO.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(Map<String, Object> service) {
        return (Map<String, String>) service.getOrDefault("environment", Map.of());
    }

    /**
     * A service's configuration: its own application.properties over the defaults the three services share from
     * service-kit (the gateway does not use the kit).
     */
    static Properties applicationProperties(String service) throws IOException {
        Properties properties = new Properties();
        if (!service.equals("gateway")) {
            load(properties, REPO.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"));
        }
        load(properties, REPO.resolve(service + "/src/main/resources/application.properties"));
        return properties;
    }

    private static void load(Properties properties, Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
    }

    /**
     * The property an environment variable sets, per MicroProfile Config's mapping (dots and dashes → _), also where
     * the file sets it for a profile only (the database login exists only in dev and test) or only uses it in another
     * value (the Kafka login: {@code ${jixiao.kafka-user}}).
     */
    static boolean namesAProperty(String variable, Properties properties) {
        Set<String> names = properties.stringPropertyNames().stream()
                .map(p -> p.replaceFirst("^%[a-z]+\\.", ""))
                .collect(Collectors.toSet());
        for (String key : properties.stringPropertyNames()) {
            Matcher used = Pattern.compile("\\$\\{([^}:]+)").matcher(properties.getProperty(key));
            while (used.find()) {
                names.add(used.group(1));
            }
        }
        return names.stream()
                .anyMatch(p -> p.replaceAll("[^A-Za-z0-9]", "_").toUpperCase().equals(variable));
    }

    /** The broker property a KAFKA_* variable sets, named as the apache/kafka image (and kafka-broker.sh) does. */
    static String brokerProperty(String variable) {
        return variable.replaceFirst("^KAFKA_", "")
                .toLowerCase()
                .replace('_', '.')
                .replace("...", "-")
                .replace("..", "_");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceIsBuiltByTheSharedDockerfileForItsOwnFolder() throws IOException {
        Map<String, Map<String, Object>> services = services();
        assertThat(services.keySet()).containsAll(JIXIAO_SERVICES).contains("postgres", "kafka", "kafka-setup");
        for (String name : JIXIAO_SERVICES) {
            Map<String, Object> build = (Map<String, Object>) services.get(name).get("build");
            assertThat(REPO.resolve((String) build.get("context")).normalize())
                    .as(name + " build context")
                    .isEqualTo(REPO);
            assertThat(REPO.resolve((String) build.get("dockerfile")))
                    .as(name + " Dockerfile")
                    .isEqualTo(REPO.resolve("deploy/service.Dockerfile"))
                    .exists();
            assertThat((Map<String, String>) build.get("args"))
                    .as(name + " build arguments")
                    .containsEntry("SERVICE", name);
            assertThat(REPO.resolve(name)).as(name + " folder").isDirectory();
        }
    }

    @Test
    void everyVariableNamesARealPropertyOfItsService() throws IOException {
        for (String name : JIXIAO_SERVICES) {
            Properties properties = applicationProperties(name);
            for (String variable : environment(services().get(name)).keySet()) {
                assertThat(namesAProperty(variable, properties))
                        .as(name + " sets " + variable + " but has no such property")
                        .isTrue();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void dependenciesExistAndPortsAgreeWithTheConfiguration() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (Map.Entry<String, Map<String, Object>> service : services.entrySet()) {
            Object dependsOn = service.getValue().get("depends_on");
            Iterable<String> names = dependsOn instanceof Map<?, ?> map
                    ? (Set<String>) map.keySet()
                    : dependsOn instanceof List<?> list ? (List<String>) list : List.of();
            names.forEach(d -> assertThat(services)
                    .as(service.getKey() + " depends on " + d)
                    .containsKey(d));
        }
        for (String name : List.of("project-service", "indicator-service", "monitoring-service")) {
            String port = environment(services.get(name)).get("QUARKUS_HTTP_PORT");
            assertThat(port).isEqualTo(applicationProperties(name).getProperty("quarkus.http.port"));
            String upstream = environment(services.get("gateway"))
                    .get("JIXIAO_UPSTREAM_" + name.replace("-service", "").toUpperCase() + "_URL");
            assertThat(upstream).isEqualTo("http://" + name + ":" + port);
        }
        assertThat(environment(services.get("gateway")).get("QUARKUS_HTTP_PORT"))
                .isEqualTo(applicationProperties("gateway").getProperty("quarkus.http.port"));
        assertThat((List<String>) services.get("gateway").get("ports")).contains("127.0.0.1:8080:8080");
    }

    @Test
    void topicScriptCreatesEveryTopic() throws IOException {
        String script = Files.readString(REPO.resolve("deploy/create-topics.sh"));
        for (String topic : List.of("project-events", "indicator-events", "progress-events", "status-events")) {
            assertThat(script).contains(topic);
        }
        assertThat(script).contains("cleanup.policy=compact").contains(".dlq").contains("--command-config");
        String init = Files.readString(REPO.resolve("deploy/postgres-init.sh"));
        assertThat(init)
                .contains("for service in project indicator monitoring gateway")
                .contains("OWNER :\"role\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceLogsInWithItsOwnRoleAndAPasswordThatHasNoDefault() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String service : List.of("project", "indicator", "monitoring", "gateway")) {
            String name = service.equals("gateway") ? "gateway" : service + "-service";
            Map<String, String> env = environment(services.get(name));
            assertThat(env.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo("jixiao_" + service);
            assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD"))
                    .isEqualTo("${" + service.toUpperCase() + "_DB_PASSWORD:?set " + service.toUpperCase()
                            + "_DB_PASSWORD}");
        }
        assertThat(environment(services.get("postgres")).get("POSTGRES_PASSWORD"))
                .startsWith("${POSTGRES_PASSWORD:?");
    }

    @Test
    @SuppressWarnings("unchecked")
    void kafkaServesOnlyLoggedInClientsAndOnlyWhatIsGranted() throws IOException {
        Map<String, Object> kafka = services().get("kafka");
        Map<String, String> properties = environment(kafka).entrySet().stream()
                .filter(e -> e.getKey().startsWith("KAFKA_") && !e.getKey().equals("KAFKA_ADMIN_PASSWORD"))
                .collect(Collectors.toMap(e -> brokerProperty(e.getKey()), Map.Entry::getValue));
        Map<String, String> protocols = Pattern.compile(",")
                .splitAsStream(properties.get("listener.security.protocol.map"))
                .map(entry -> entry.split(":"))
                .collect(Collectors.toMap(entry -> entry[0], entry -> entry[1]));
        for (String key : List.of("listeners", "advertised.listeners")) {
            for (String listener : properties.get(key).split(",")) {
                assertThat(protocols.get(listener.substring(0, listener.indexOf("://"))))
                        .as(key + " " + listener)
                        .isEqualTo("SASL_PLAINTEXT");
            }
        }
        assertThat(properties)
                .containsEntry("sasl.enabled.mechanisms", "SCRAM-SHA-256")
                .containsEntry("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-256")
                .containsEntry("inter.broker.listener.name", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism.controller.protocol", "PLAIN")
                .containsEntry("listener.name.controller.sasl.enabled.mechanisms", "PLAIN")
                .containsEntry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("allow.everyone.if.no.acl.found", "false")
                .containsEntry("super.users", "User:admin")
                .containsEntry("log.dirs", "/var/lib/kafka/data");
        assertThat(kafka).doesNotContainKey("ports");
        assertThat(environment(kafka).get("KAFKA_ADMIN_PASSWORD")).matches(REQUIRED);
        assertThat((List<String>) kafka.get("entrypoint")).contains("/deploy/kafka-broker.sh");
        assertThat((List<String>) kafka.get("volumes")).contains("./deploy/kafka-broker.sh:/deploy/kafka-broker.sh:ro");
        assertThat(Files.readString(REPO.resolve("deploy/kafka-broker.sh")))
                .contains("--add-scram \"SCRAM-SHA-256=[name=admin,password=$password]\"")
                .contains("admin-client.properties");
        Map<String, Object> healthcheck = (Map<String, Object>) kafka.get("healthcheck");
        assertThat(String.join(" ", (List<String>) healthcheck.get("test")))
                .contains("--command-config /opt/kafka/config/admin-client.properties");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceLogsInToKafkaAsItsOwnPrincipalOnceTheSetupCompleted() throws IOException {
        Map<String, Map<String, Object>> services = services();
        Map<String, String> setup = environment(services.get("kafka-setup"));
        for (String name : JIXIAO_SERVICES) {
            Map<String, String> env = environment(services.get(name));
            String variable = name.toUpperCase().replace('-', '_') + "_KAFKA_PASSWORD";
            assertThat(env.get("JIXIAO_KAFKA_USER")).as(name).isEqualTo(name);
            assertThat(env.get("JIXIAO_KAFKA_PASSWORD"))
                    .as(name)
                    .matches(REQUIRED)
                    .startsWith("${" + variable + ":?")
                    .isEqualTo(setup.get(variable));
            Map<String, Map<String, String>> dependsOn =
                    (Map<String, Map<String, String>>) services.get(name).get("depends_on");
            assertThat(dependsOn.get("kafka-setup")).containsEntry("condition", "service_completed_successfully");
        }
    }

    @Test
    void kafkaSetupGrantsExactlyWhatTheLocalStackGrants() throws IOException {
        List<String> table = Files.readAllLines(REPO.resolve("deploy/kafka-acls.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> String.join(" ", line.trim().split("\\s+")).toLowerCase())
                .toList();
        List<String> granted = KafkaAccess.bindings().stream()
                .map(DockerComposeFileTest::aclLine)
                .toList();
        assertThat(table).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(granted);
        String setup = Files.readString(REPO.resolve("deploy/kafka-setup.sh"));
        assertThat(setup)
                .contains("--allow-principal \"User:$principal\" --operation \"$operation\" \"--$resource\" \"$name\"")
                .contains("--resource-pattern-type \"$pattern\"")
                .contains("done <\"$here/kafka-acls.txt\"");
        Matcher loop = Pattern.compile("for principal in ([a-z -]+); do").matcher(setup);
        assertThat(loop.find()).isTrue();
        Set<String> principals = table.stream().map(line -> line.split(" ")[0]).collect(Collectors.toSet());
        assertThat(loop.group(1).split(" ")).containsExactlyInAnyOrderElementsOf(principals);
        Map<String, String> env = environment(services().get("kafka-setup"));
        for (String principal : principals) {
            String variable = principal.toUpperCase().replace('-', '_') + "_KAFKA_PASSWORD";
            assertThat(env.get(variable)).as(variable).matches(REQUIRED);
        }
    }

    /** A grant as kafka-acls.txt writes it: principal, operation, resource type, name, pattern type. */
    private static String aclLine(AclBinding binding) {
        return String.join(
                        " ",
                        binding.entry().principal().replaceFirst("^User:", ""),
                        binding.entry().operation().name(),
                        binding.pattern().resourceType().name().replace('_', '-'),
                        binding.pattern().name(),
                        binding.pattern().patternType().name())
                .toLowerCase();
    }

    @Test
    void envExampleListsEveryVariableTheComposeFileRequires() throws IOException {
        Set<String> listed = Files.readAllLines(REPO.resolve(".env.example")).stream()
                .filter(line -> line.matches("[A-Z0-9_]+=.*"))
                .map(line -> line.substring(0, line.indexOf('=')))
                .collect(Collectors.toSet());
        Matcher required = REQUIRED.matcher(Files.readString(REPO.resolve("docker-compose.yml")));
        while (required.find()) {
            assertThat(listed).as(".env.example").contains(required.group(1));
        }
        assertThat(Files.readString(REPO.resolve("docker-compose.yml"))).doesNotContain(":-");
    }
}
