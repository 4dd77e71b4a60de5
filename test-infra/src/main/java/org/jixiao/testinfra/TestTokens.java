package org.jixiao.testinfra;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Tokens for tests, signed with the dev-only key pair in {@code dev-jwt/} (services under test verify with its
 * public half). Every service requires a token on {@code /api}, so test requests carry an admin token unless they
 * set their own {@code Authorization} header, or send {@link #NO_TOKEN} to go without one.
 */
public final class TestTokens {
    public static final String ISSUER = "jixiao";
    public static final String PUBLIC_KEY = "dev-jwt/public.pem";
    public static final String PRIVATE_KEY = "dev-jwt/private.pem";
    /** Sent as the Authorization header value, makes the request go out without any Authorization header. */
    public static final String NO_TOKEN = "none (test marker)";
    /** The subject (key id) of {@link #admin()}'s tokens, which test requests carry by default. */
    public static final String ADMIN_SUBJECT = "test-admin";

    private static PrivateKey signingKey;
    private static boolean defaultInstalled;

    private TestTokens() {}

    public static String admin() {
        return token(ADMIN_SUBJECT, "admin", List.of());
    }

    public static String reader() {
        return token("test-reader", "reader", List.of());
    }

    public static String unit(String... unitCodes) {
        return token("test-unit-" + String.join("-", unitCodes), "unit", Arrays.asList(unitCodes));
    }

    public static String token(String subject, String role, Collection<String> unitCodes) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .groups(role)
                .claim("units", List.copyOf(unitCodes))
                .expiresIn(Duration.ofHours(1))
                .sign(signingKey());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Makes every RestAssured request of this JVM carry an admin token unless it says otherwise. */
    public static synchronized void adminByDefault() {
        if (!defaultInstalled) {
            RestAssured.filters(new AdminByDefault());
            defaultInstalled = true;
        }
    }

    private static synchronized PrivateKey signingKey() {
        if (signingKey == null) {
            try {
                signingKey = KeyUtils.readPrivateKey(PRIVATE_KEY);
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the dev signing key " + PRIVATE_KEY, e);
            }
        }
        return signingKey;
    }

    private static final class AdminByDefault implements Filter {
        @Override
        public Response filter(
                FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext ctx) {
            String authorization = request.getHeaders().getValue("Authorization");
            if (authorization == null) {
                request.header("Authorization", bearer(admin()));
            } else if (authorization.equals(NO_TOKEN)) {
                request.removeHeader("Authorization");
            }
            return ctx.next(request, response);
        }
    }
}
