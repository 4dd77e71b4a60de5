package org.jixiao.monitoring.trust;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jixiao.events.EventHeaders;

/**
 * Marks what monitoring's own intake publishes to {@code progress-events}, which has passed its unit-scope and content
 * checks: an HMAC-SHA256 of the record's value in the {@code intake-signature} header. Kafka does not tell a consumer
 * who wrote a record, and the outside {@code reporter} principal may write the same topic; without this mark a report
 * is the outside system's, and is held to the units configured for it ({@link OutsideReporters}).
 */
@Startup
@ApplicationScoped
public class IntakeSignature {
    private static final String ALGORITHM = "HmacSHA256";
    static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;
    /** A Mac is not thread-safe; the consumer's threads and the API's each keep one. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    IntakeSignature(TrustConfig config) {
        String secret = config.signingKey().strip();
        if (secret.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("jixiao.reports.signing-key (JIXIAO_REPORTS_SIGNING_KEY) must be at least "
                    + MIN_KEY_LENGTH + " characters; the local stack generates one in <data>/keys");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public void sign(ProducerRecord<String, String> record) {
        record.headers().add(EventHeaders.INTAKE_SIGNATURE, mac(record.value()));
    }

    /** True only for a record this deployment's intake published, unchanged. */
    public boolean signedByIntake(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(EventHeaders.INTAKE_SIGNATURE);
        return header != null && record.value() != null && MessageDigest.isEqual(header.value(), mac(record.value()));
    }

    private byte[] mac(String value) {
        return macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has " + ALGORITHM, e);
        }
    }
}
