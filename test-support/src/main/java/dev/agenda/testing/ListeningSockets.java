package dev.agenda.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TCP sockets this process listens on, each with the address it is bound to, as Linux's {@code /proc} tells them:
 * for tests that something opens no server, or serves on loopback only. Reads the process's own file descriptors, so
 * the servers of other processes on the machine do not count. Empty where there is no {@code /proc} to read; a test
 * then has nothing to check and should say it was skipped.
 */
public final class ListeningSockets {

    private static final Path FILE_DESCRIPTORS = Path.of("/proc/self/fd");
    private static final List<Path> TABLES = List.of(Path.of("/proc/self/net/tcp"), Path.of("/proc/self/net/tcp6"));
    private static final Pattern SOCKET = Pattern.compile("socket:\\[(\\d+)]");
    private static final Pattern FIELDS = Pattern.compile("\\s+");
    private static final String LISTEN = "0A";

    private ListeningSockets() {}

    /** The addresses this process listens on now, or empty where {@code /proc} cannot tell. */
    public static Optional<Set<InetSocketAddress>> ofThisProcess() {
        if (!Files.isDirectory(FILE_DESCRIPTORS) || !Files.isReadable(TABLES.get(0))) {
            return Optional.empty();
        }
        try {
            Set<String> inodes = socketInodes();
            Set<InetSocketAddress> listening = new HashSet<>();
            for (Path table : TABLES) {
                if (Files.isReadable(table)) {
                    listening.addAll(listeningIn(table, inodes));
                }
            }
            return Optional.of(listening);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read this process's sockets from /proc", e);
        }
    }

    private static Set<String> socketInodes() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(FILE_DESCRIPTORS)) {
            for (Path descriptor : descriptors) {
                try {
                    Matcher socket =
                            SOCKET.matcher(Files.readSymbolicLink(descriptor).toString());
                    if (socket.matches()) {
                        inodes.add(socket.group(1));
                    }
                } catch (IOException closedMeanwhile) {
                    // Another thread closed it while the directory was read: it is not listening.
                }
            }
        }
        return inodes;
    }

    /** Lines: "sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode …". */
    private static Set<InetSocketAddress> listeningIn(Path table, Set<String> inodes) throws IOException {
        Set<InetSocketAddress> listening = new HashSet<>();
        List<String> lines = Files.readAllLines(table);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            List<String> fields = FIELDS.splitAsStream(line.strip()).toList();
            if (fields.size() > 9 && LISTEN.equals(fields.get(3)) && inodes.contains(fields.get(9))) {
                listening.add(address(fields.get(1)));
            }
        }
        return listening;
    }

    /** "0100007F:1F90" is 127.0.0.1:8080: the address as the kernel's 32-bit words in the machine's byte order. */
    private static InetSocketAddress address(String field) throws UnknownHostException {
        int colon = field.indexOf(':');
        String hex = field.substring(0, colon);
        ByteBuffer bytes = ByteBuffer.allocate(hex.length() / 2).order(ByteOrder.nativeOrder());
        for (int word = 0; word < hex.length(); word += 8) {
            bytes.putInt(Integer.parseUnsignedInt(hex.substring(word, word + 8), 16));
        }
        return new InetSocketAddress(
                InetAddress.getByAddress(bytes.array()), Integer.parseInt(field.substring(colon + 1), 16));
    }
}
