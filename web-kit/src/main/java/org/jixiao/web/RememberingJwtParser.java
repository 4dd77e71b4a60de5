package org.jixiao.web;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.PrivateKey;
import java.security.PublicKey;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A JWT parser that remembers the tokens it verified until they expire (docs/security.md, "Tokens"): a caller sends
 * the same token for up to 15 minutes, and verifying its RSA signature again on each request was most of the cost of
 * a read. Only {@link #parse(String)}, the configured verification, is remembered; everything else is passed on as it
 * is. The gateway and service-kit each make it the parser Quarkus uses (an {@code @Alternative} subclass of their own,
 * since CDI beans are declared where they are used).
 */
public abstract class RememberingJwtParser implements JWTParser {
    private static final int CAPACITY = 10_000;

    private final DefaultJWTParser verifier;
    private final VerifiedTokens<JsonWebToken> verified = new VerifiedTokens<>(CAPACITY);

    /** For the client proxy CDI makes of an application-scoped subclass; the proxy delegates every call. */
    protected RememberingJwtParser() {
        this(null);
    }

    protected RememberingJwtParser(DefaultJWTParser verifier) {
        this.verifier = verifier;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = verifier.parse(token);
        verified.put(token, jwt, jwt.getExpirationTime());
        return jwt;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
