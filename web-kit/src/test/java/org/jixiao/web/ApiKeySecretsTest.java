package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeySecretsTest {

    @Test
    void aSecretIsThePrefixAnd256RandomBitsInUrlSafeBase64() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = ApiKeySecrets.generate();
            // 32 bytes are 43 base64 characters without padding.
            assertThat(secret).matches("jx_[A-Za-z0-9_-]{43}");
            secrets.add(secret);
        }
        assertThat(secrets).hasSize(100);
    }

    @Test
    void onlySecretsOfTheGeneratedFormAreStrongEnoughForAnOperatorsAdminKey() {
        assertThat(ApiKeySecrets.hasGeneratedForm(ApiKeySecrets.generate())).isTrue();
        assertThat(ApiKeySecrets.hasGeneratedForm("jx_" + "a".repeat(32))).isTrue();
        assertThat(ApiKeySecrets.hasGeneratedForm("jx_" + "a".repeat(31))).isFalse();
        assertThat(ApiKeySecrets.hasGeneratedForm("admin")).isFalse();
        assertThat(ApiKeySecrets.hasGeneratedForm("xx_" + "a".repeat(40))).isFalse();
        assertThat(ApiKeySecrets.hasGeneratedForm("jx_" + "a".repeat(31) + " ")).isFalse();
        assertThat(ApiKeySecrets.hasGeneratedForm(null)).isFalse();
    }
}
