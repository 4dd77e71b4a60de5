package org.jixiao.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 connection kept alive across requests, written straight on a socket: the load generator shares the
 * two cores with the stack it measures, so it must cost as little per request as possible (the JDK's HttpClient costs
 * several times more). Reads bodies by Content-Length or chunked; reconnects when the server closes. Optionally bound
 * to a local loopback address, so that the per-address token-exchange limit is per source address.
 */
final class KeepAliveConnection implements AutoCloseable {
    /** A response: its status, body and the seconds its {@code Retry-After} asks to wait (0 when absent). */
    record Response(int status, byte[] body, int retryAfterSeconds) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final String host;
    private final int port;
    private final InetAddress localAddress;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    KeepAliveConnection(URI base, InetAddress localAddress) {
        this.host = base.getHost();
        this.port = base.getPort();
        this.localAddress = localAddress;
    }

    KeepAliveConnection(URI base) {
        this(base, null);
    }

    Response get(String path, String token) throws IOException {
        return send("GET", path, token, null);
    }

    Response postJson(String path, String token, String json) throws IOException {
        return send("POST", path, token, json);
    }

    Response delete(String path, String token) throws IOException {
        return send("DELETE", path, token, null);
    }

    private Response send(String method, String path, String token, String json) throws IOException {
        byte[] body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256)
                .append(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(host)
                .append(':')
                .append(port)
                .append("\r\nAccept: application/json\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ")
                    .append(body.length)
                    .append("\r\n");
        }
        head.append("\r\n");
        boolean reused = socket != null;
        try {
            return exchange(head, body);
        } catch (IOException e) {
            close();
            if (!reused) {
                throw e;
            }
            // The server may have closed an idle kept-alive connection: one retry on a fresh one.
            return exchange(head, body);
        }
    }

    private Response exchange(StringBuilder head, byte[] body) throws IOException {
        if (socket == null) {
            connect();
        }
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.write(body);
        }
        out.flush();
        String statusLine = line();
        if (statusLine.length() < 12) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        int retryAfter = 0;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                case "retry-after" -> retryAfter = Integer.parseInt(value);
                default -> {}
            }
        }
        byte[] content;
        if (status == 204 || status == 304) {
            content = new byte[0];
        } else if (chunked) {
            content = chunks();
        } else if (length >= 0) {
            content = in.readNBytes((int) length);
        } else {
            content = in.readAllBytes();
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new Response(status, content, retryAfter);
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            if (n == 0) {
                while (!line().isEmpty()) {
                    // trailers are ignored
                }
                return all.toByteArray();
            }
            all.write(in.readNBytes(n));
            line();
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(30_000);
        if (localAddress != null) {
            s.bind(new InetSocketAddress(localAddress, 0));
        }
        s.connect(new InetSocketAddress(host, port), 5_000);
        socket = s;
        out = s.getOutputStream();
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing left to do with it
            }
        }
        socket = null;
        out = null;
        in = null;
    }
}
