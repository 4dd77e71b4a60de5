package org.jixiao.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Uploads over a plain socket and reads the answer while still sending, as curl does: the HTTP clients of the JDK
 * and REST Assured cannot show an answer that arrives before their body is sent (the JDK's hangs on a final answer
 * to "Expect: 100-continue").
 */
public final class RawUpload {

    /** Status, Content-Type and body of the answer. */
    public record Answer(int status, String contentType, String body) {}

    private static final int CHUNK = 64 * 1024;

    private RawUpload() {}

    /**
     * Declares a body of {@code length} bytes with "Expect: 100-continue" and sends none of it: the answer must
     * come without the body.
     */
    public static Answer declared(int port, String path, String contentType, String authorization, long length)
            throws IOException {
        try (Socket socket = open(port)) {
            writeHead(
                    socket,
                    port,
                    path,
                    contentType,
                    authorization,
                    "Content-Length: " + length + "\r\nExpect: 100-continue");
            return readAnswer(socket.getInputStream());
        }
    }

    /** Sends {@code totalBytes} in chunks, reading the answer meanwhile. */
    public static Answer chunked(int port, String path, String contentType, String authorization, int totalBytes)
            throws IOException {
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try (Socket socket = open(port)) {
            writeHead(socket, port, path, contentType, authorization, "Transfer-Encoding: chunked");
            OutputStream out = socket.getOutputStream();
            sender.submit(() -> sendChunks(out, totalBytes));
            return readAnswer(socket.getInputStream());
        } finally {
            sender.shutdownNow();
        }
    }

    private static Socket open(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
        return socket;
    }

    private static void writeHead(
            Socket socket, int port, String path, String contentType, String authorization, String framing)
            throws IOException {
        socket.getOutputStream()
                .write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: " + authorization
                                + "\r\nContent-Type: " + contentType + "\r\n" + framing + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
    }

    private static void sendChunks(OutputStream out, int totalBytes) {
        byte[] chunk = new byte[CHUNK];
        java.util.Arrays.fill(chunk, (byte) 'x');
        try {
            for (int sent = 0; sent < totalBytes; sent += CHUNK) {
                int size = Math.min(CHUNK, totalBytes - sent);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk, 0, size);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // The gateway answered and closed the connection while the body was still being sent.
        }
    }

    private static Answer readAnswer(InputStream in) throws IOException {
        String statusLine = readLine(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        String contentType = null;
        int length = -1;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (name.equals("content-type")) {
                contentType = value;
            } else if (name.equals("content-length")) {
                length = Integer.parseInt(value);
            }
        }
        if (length < 0) {
            throw new IOException("expected an answer with Content-Length");
        }
        return new Answer(status, contentType, new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed before the answer's head ended");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
