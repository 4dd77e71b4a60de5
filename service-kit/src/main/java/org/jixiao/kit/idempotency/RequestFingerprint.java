package org.jixiao.kit.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What makes two writes "the same request": method, path, query (parameter order ignored), media type (without its
 * parameters) and body, as a SHA-256 hex digest. A multipart body is compared without its boundary, which clients
 * pick at random for every upload: the same file sent twice with curl {@code -F} is the same request.
 */
public final class RequestFingerprint {
    private static final byte[] NEUTRAL_BOUNDARY = "jixiao-boundary".getBytes(StandardCharsets.US_ASCII);

    private RequestFingerprint() {}

    public static String of(String method, String rawPath, String rawQuery, String contentType, byte[] body) {
        MessageDigest sha = sha256();
        field(sha, method.toUpperCase(Locale.ROOT));
        field(sha, rawPath);
        field(sha, canonicalQuery(rawQuery));
        field(sha, mediaType(contentType));
        String boundary = boundary(contentType);
        sha.update(boundary == null ? body : withoutBoundary(body, boundary));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** {@code b=2&a=1} and {@code a=1&b=2} name the same request. */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(part -> !part.isEmpty())
                .sorted()
                .collect(Collectors.joining("&"));
    }

    /** {@code Application/JSON; charset=UTF-8} → {@code application/json}. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /** The boundary parameter of a multipart content type, without quotes; null for other types. */
    static String boundary(String contentType) {
        if (contentType == null || !mediaType(contentType).startsWith("multipart/")) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] nameValue = parameter.strip().split("=", 2);
            if (nameValue.length == 2 && nameValue[0].strip().equalsIgnoreCase("boundary")) {
                String value = nameValue[1].strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** The body with every occurrence of the boundary replaced by a fixed token. */
    static byte[] withoutBoundary(byte[] body, String boundary) {
        byte[] needle = boundary.getBytes(StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length);
        int i = 0;
        while (i < body.length) {
            if (startsWith(body, i, needle)) {
                out.write(NEUTRAL_BOUNDARY, 0, NEUTRAL_BOUNDARY.length);
                i += needle.length;
            } else {
                out.write(body[i++]);
            }
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] body, int offset, byte[] needle) {
        if (offset + needle.length > body.length) {
            return false;
        }
        for (int j = 0; j < needle.length; j++) {
            if (body[offset + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }

    /** Each part is length-prefixed, so moving bytes from one part to the next changes the digest. */
    private static void field(MessageDigest sha, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
