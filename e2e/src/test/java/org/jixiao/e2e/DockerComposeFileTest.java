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
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs in CI, so docker-compose.yml is checked statically: it parses, every service it builds uses
 * the one shared Dockerfile with its own folder, every variable it sets on a service names a property that service
 * really has, dependencies exist, and ports agree with the services' configuration and the gateway's upstream URLs.
 */
class DockerComposeFileTest {
    static final Path REPO = Path.of(System.getProperty("jixiao.repo.dir", ".."))
            .toAbsolutePath()
            .normalize();
    static final Set<String> JIXIAO_SERVICES =
            Set.of("project-service", "indicator-service", "monitoring-service", "gateway");

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
     * the file sets it for a profile only (the database login exists only in dev and test).
     */
    static boolean namesAProperty(String variable, Properties properties) {
        return properties.stringPropertyNames().stream()
                .map(p -> p.replaceFirst("^%[a-z]+\\.", ""))
                .anyMatch(p -> p.replaceAll("[^A-Za-z0-9]", "_").toUpperCase().equals(variable));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceIsBuiltByTheSharedDockerfileForItsOwnFolder() throws IOException {
        Map<String, Map<String, Object>> services = services();
        assertThat(services.keySet()).containsAll(JIXIAO_SERVICES).contains("postgres", "kafka", "topics");
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
        assertThat(script).contains("cleanup.policy=compact").contains(".dlq");
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
}
