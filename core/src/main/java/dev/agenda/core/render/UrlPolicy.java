package dev.agenda.core.render;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which addresses from a page may be written into the rendered page: relative ones, and those whose scheme is one the
 * {@link HtmlAllowlist} declares (web and mail). Anything else ({@code javascript:}, {@code data:},
 * {@code vbscript:}, …) is refused in any spelling: the scheme is read the way browsers read it, with case ignored
 * and the control characters and spaces they skip taken out. Immutable.
 */
final class UrlPolicy {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x20\\x7F]");

    private final Set<String> schemes;

    /** @param schemes the schemes an absolute address may have, in lower case */
    UrlPolicy(Set<String> schemes) {
        this.schemes = Set.copyOf(schemes);
    }

    /** The address as it is to be written (without surrounding white space), or empty when it is refused. */
    Optional<String> allowed(String href) {
        String candidate = href.strip();
        String compact = CONTROL.matcher(candidate).replaceAll("");
        var scheme = SCHEME.matcher(compact);
        if (scheme.find()) {
            boolean allowed = schemes.contains(scheme.group(1).toLowerCase(Locale.ROOT));
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
