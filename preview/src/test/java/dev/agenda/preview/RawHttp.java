package dev.agenda.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Requests written byte for byte, as no HTTP client would send them: another {@code Host}, a malformed request line.
 * One request per connection; the answer is read to its end.
 */
final class RawHttp {

    /** An answer as it came: its status line, headers by lower-case name (values in order), and body. */
    record Answer(String statusLine, Map<String, List<String>> headers, String body) {

        int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }

        Optional<String> header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
        }

        @Override
        public String toString() {
            return statusLine + " " + headers + "\n" + body;
        }
    }

    private RawHttp() {}

    /** A GET of the path, with this Host (and a cookie, when one is given). */
    static Answer get(int port, String path, String host, String... extraHeaders) {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
        for (String header : extraHeaders) {
            request.append(header).append("\r\n");
        }
        return send(port, request.append("Connection: close\r\n\r\n").toString());
    }

    /** Sends these bytes (ISO-8859-1) and reads the answer until the host closes the connection. */
    static Answer send(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.shutdownOutput();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(byte[] bytes) {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("not an HTTP answer: " + all);
        }
        String[] lines = all.substring(0, end).split("\r\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(
                    lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    List.of(lines[i].substring(colon + 1).strip()),
                    (before, more) -> java.util.stream.Stream.concat(before.stream(), more.stream())
                            .toList());
        }
        byte[] body = all.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = unchunked(body);
        }
        return new Answer(lines[0], headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunked(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOfCrLf(chunked, at);
            int size = Integer.parseInt(
                    new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        throw new AssertionError("a chunk without its size line");
    }
}
