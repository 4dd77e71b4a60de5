package org.jixiao.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.jixiao.web.ApiKeySecrets;

/**
 * The local stack's secrets, made on first start and kept in {@code <data>/keys/}: the RSA pair the gateway signs
 * tokens with (services get only the public half), and the admin API key — taken from {@code JIXIAO_ADMIN_KEY} when
 * set, so scripts can use a known key. Nothing here is committed: {@code --fresh} makes new ones.
 */
record StackKeys(
        Path publicKey, Path privateKey, String adminKey, boolean adminKeyFromEnvironment, String reportsSigningKey) {
    /** monitoring's intake signs its progress events with it (docs/security.md, "Kafka"); kept for every rebuild. */
    static final String REPORTS_SIGNING_KEY = "reports-signing.key";

    static StackKeys prepare(Path dataDir, Map<String, String> env) throws IOException {
        Path dir = dataDir.resolve("keys");
        Files.createDirectories(dir);
        Path publicKey = dir.resolve("jwt-public.pem");
        Path privateKey = dir.resolve("jwt-private.pem");
        if (!Files.exists(publicKey) || !Files.exists(privateKey)) {
            KeyPair pair = newRsaPair();
            SecretFiles.write(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        }
        Path signingFile = dir.resolve(REPORTS_SIGNING_KEY);
        if (!Files.exists(signingFile)) {
            SecretFiles.write(signingFile, ApiKeySecrets.generate());
        }
        String signingKey = Files.readString(signingFile).strip();
        String fromEnv = env.get("JIXIAO_ADMIN_KEY");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new StackKeys(publicKey, privateKey, fromEnv.strip(), true, signingKey);
        }
        Path adminFile = dir.resolve("admin.key");
        if (!Files.exists(adminFile)) {
            SecretFiles.write(adminFile, ApiKeySecrets.generate());
        }
        return new StackKeys(publicKey, privateKey, Files.readString(adminFile).strip(), false, signingKey);
    }

    /** monitoring-service's variables: the token key, and the key its intake signs progress events with. */
    Map<String, String> monitoringEnvironment() {
        return Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "file:" + publicKey.toAbsolutePath(),
                "JIXIAO_REPORTS_SIGNING_KEY",
                reportsSigningKey);
    }

    /** The variables that make a service verify (and the gateway sign) with this pair. */
    Map<String, String> serviceEnvironment() {
        return Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + publicKey.toAbsolutePath());
    }

    Map<String, String> gatewayEnvironment() {
        return Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + publicKey.toAbsolutePath(),
                "SMALLRYE_JWT_SIGN_KEY_LOCATION", "file:" + privateKey.toAbsolutePath(),
                "JIXIAO_ADMIN_KEY", adminKey);
    }

    private static KeyPair newRsaPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has RSA", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
