package dev.agenda.core.page;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The file name stem of a page kept as a file (the command line's and the preview host's pages), made from its title
 * the same way wherever a page file is made: the title's letters and digits, accents dropped, lower case, joined by
 * hyphens, at most {@value #MAX_STEM} characters — a name that is safe on any file system and never a path. Stateless.
 */
public final class PageFileName {

    /** The longest stem made, so that a long title still makes a usable file name. */
    public static final int MAX_STEM = 80;

    private PageFileName() {}

    /** The stem for this title; empty when the title has no letter or digit to name a file by. */
    public static Optional<String> stemOf(String title) {
        String stem = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM).replaceAll("-+$", "");
        }
        return stem.isEmpty() ? Optional.empty() : Optional.of(stem);
    }
}
