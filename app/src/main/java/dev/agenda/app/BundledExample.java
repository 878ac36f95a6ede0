package dev.agenda.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The reference meeting page and its users, packaged in the jar so the commands work without any input. */
final class BundledExample {

    static final String PAGE = "dmlt-f2f-2017-11.xml";
    static final String USERS = "users.csv";
    static final String PAGE_ID = "dmlt-f2f-2017-11";

    private BundledExample() {}

    static String page() {
        return resource(PAGE);
    }

    static String users() {
        return resource(USERS);
    }

    private static String resource(String name) {
        try (InputStream in = BundledExample.class.getResourceAsStream("example/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled example " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
