package dev.agenda.core.render;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the value of an attribute the {@link HtmlAllowlist} allows must be for the attribute to be kept. A rule
 * answers the value as it is to be written (trimmed, or in lower case where the rule says so), or nothing, and then
 * the attribute is left out while its element stays. Both writers of page content apply the same rules, through the
 * allowlist: {@link StorageHtmlRenderer} to the storage format, {@link HostHtmlPolicy} to what the host rendered.
 * Values are escaped when written whatever the rule, so a rule never has to guard against markup.
 */
enum AttributeRule {

    /** Any text (a title, an image's alternative text). */
    TEXT,
    /** A language tag ({@code en}, {@code de-CH}), or empty for "unknown", as HTML's {@code lang} allows. */
    LANGUAGE_TAG,
    /** Writing direction: {@code ltr}, {@code rtl} or {@code auto}, in any case; written in lower case. */
    DIRECTION,
    /**
     * A table part's horizontal alignment: {@code left}, {@code center}, {@code right}, {@code justify} or
     * {@code char}, in any case; written in lower case.
     */
    HORIZONTAL_ALIGNMENT,
    /**
     * A table part's vertical alignment: {@code top}, {@code middle}, {@code bottom} or {@code baseline}, in any
     * case; written in lower case.
     */
    VERTICAL_ALIGNMENT,
    /** A count from 1 to 999: cell spans, an ordered list's first number (the storage renderer's limit of old). */
    COUNT,
    /**
     * A whole number of pixels (image sizes, border). A fraction is cut off ({@code 3.5} is written {@code 3}), as the
     * OWASP sanitizer's own image policy, which this replaces, did.
     */
    PIXELS,
    /**
     * A machine-readable date or time ({@code 2017-11-02}, {@code 2017-11-02T09:30+01:00}): letters, digits, spaces
     * and {@code : . + -}, at most 64.
     */
    DATE_TIME,
    /** A link or image address: relative, or with one of the allowlist's URL schemes ({@link UrlPolicy}). */
    URL;

    private static final Pattern LANGUAGE = Pattern.compile("([A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)?");
    private static final Pattern SMALL_COUNT = Pattern.compile("[1-9][0-9]{0,2}");
    private static final Pattern MACHINE_DATE_TIME = Pattern.compile("[0-9A-Za-z:.+ -]{1,64}");
    private static final Set<String> DIRECTIONS = Set.of("ltr", "rtl", "auto");
    private static final Set<String> HORIZONTAL_ALIGNMENTS = Set.of("left", "center", "right", "justify", "char");
    private static final Set<String> VERTICAL_ALIGNMENTS = Set.of("top", "middle", "bottom", "baseline");

    /**
     * The value as it is to be written, or empty when this rule refuses it.
     *
     * @param urls decides addresses; only {@link #URL} asks it
     */
    Optional<String> accept(String value, UrlPolicy urls) {
        String trimmed = value.strip();
        return switch (this) {
            case TEXT -> Optional.of(value);
            case LANGUAGE_TAG -> matching(LANGUAGE, trimmed);
            case DIRECTION -> keyword(DIRECTIONS, trimmed);
            case HORIZONTAL_ALIGNMENT -> keyword(HORIZONTAL_ALIGNMENTS, trimmed);
            case VERTICAL_ALIGNMENT -> keyword(VERTICAL_ALIGNMENTS, trimmed);
            case COUNT -> matching(SMALL_COUNT, trimmed);
            case PIXELS -> pixels(trimmed);
            case DATE_TIME -> matching(MACHINE_DATE_TIME, trimmed);
            case URL -> urls.allowed(value);
        };
    }

    private static Optional<String> matching(Pattern pattern, String value) {
        return pattern.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    private static Optional<String> keyword(Set<String> keywords, String value) {
        String lowerCase = value.toLowerCase(Locale.ROOT);
        return keywords.contains(lowerCase) ? Optional.of(lowerCase) : Optional.empty();
    }

    private static Optional<String> pixels(String value) {
        int fraction = value.indexOf('.');
        String whole = fraction < 0 ? value : value.substring(0, fraction);
        String rest = fraction < 0 ? "" : value.substring(fraction + 1);
        boolean valid = whole.matches("[0-9]{1,9}") && rest.matches("[0-9]*");
        return valid ? Optional.of(whole) : Optional.empty();
    }
}
