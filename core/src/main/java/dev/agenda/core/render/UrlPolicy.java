package dev.agenda.core.render;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which link targets from a page may be written into the rendered page: web and mail links and relative links.
 * Anything else ({@code javascript:}, {@code data:}, {@code vbscript:}, …) is refused, and the link's text is
 * shown without a link.
 */
final class UrlPolicy {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x20\\x7F]");

    private UrlPolicy() {
    }

    static Optional<String> allowed(String href) {
        String candidate = href.strip();
        String compact = CONTROL.matcher(candidate).replaceAll("");
        var scheme = SCHEME.matcher(compact);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            boolean allowed = name.equals("http") || name.equals("https") || name.equals("mailto");
            return allowed ? Optional.of(candidate) : Optional.empty();
        }
        if (compact.contains(":") && !compact.startsWith("/") && !compact.startsWith("#") && !compact.startsWith("?")) {
            int colon = compact.indexOf(':');
            int slash = compact.indexOf('/');
            if (slash < 0 || colon < slash) {
                return Optional.empty();
            }
        }
        return candidate.isEmpty() ? Optional.empty() : Optional.of(candidate);
    }
}
