package org.jixiao.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Client configurations for the outside readers and writers of a local stack (docs/security.md, "Kafka"), written to
 * {@code <data>/clients/} on every start with mode 0600: a Java properties file and a kcat {@code -F} file for the
 * read-only {@code status-reader} principal, the same for the {@code reporter}, which may only write progress reports,
 * and for the operator's {@code admin} (reading dead letters, say).
 */
final class KafkaClientFiles {
    static final String DIR = "clients";

    private KafkaClientFiles() {}

    static List<Path> write(Path data, String bootstrapServers, KafkaPrincipals principals) throws IOException {
        Path dir = data.resolve(DIR);
        List<Path> written = new java.util.ArrayList<>();
        for (String principal :
                List.of(KafkaPrincipals.STATUS_READER, KafkaPrincipals.REPORTER, KafkaPrincipals.ADMIN)) {
            Properties java = new Properties();
            java.setProperty("bootstrap.servers", bootstrapServers);
            principals.login(principal).forEach((key, value) -> java.setProperty(key, value.toString()));
            Path properties = dir.resolve(principal + ".properties");
            SecretFiles.write(properties, java, "Kafka client settings of the " + principal + " principal");
            written.add(properties);

            Path kcat = dir.resolve(principal + ".kcat");
            SecretFiles.write(kcat, kcat(bootstrapServers, principal, principals.password(principal)));
            written.add(kcat);
        }
        return written;
    }

    /** librdkafka's names for the same settings (kcat -F FILE). */
    static String kcat(String bootstrapServers, String user, String password) {
        StringBuilder text = new StringBuilder();
        Map.of(
                        "bootstrap.servers", bootstrapServers,
                        "security.protocol", "SASL_PLAINTEXT",
                        "sasl.mechanisms", "SCRAM-SHA-256",
                        "sasl.username", user,
                        "sasl.password", password)
                .entrySet()
                .stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e ->
                        text.append(e.getKey()).append('=').append(e.getValue()).append('\n'));
        return text.toString();
    }
}
