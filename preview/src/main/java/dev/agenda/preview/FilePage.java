package dev.agenda.preview;

import dev.agenda.core.render.PageRenderer;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.services.page.HostPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A page of the preview host: a storage-format file. Its content is read from the file on every call, so a tick
 * written to the file is what the next request sees.
 */
final class FilePage implements HostPage {

    private final long id;
    private final Path file;
    private final SiteAddress site;

    FilePage(long id, Path file, SiteAddress site) {
        this.id = id;
        this.file = file;
        this.site = site;
    }

    @Override
    public long id() {
        return id;
    }

    /**
     * The page's title as its readers see it: its first top-level heading, as Confluence users title a page's body;
     * else (no heading, or a file that cannot be read) its file name without {@code .xml}.
     */
    @Override
    public String title() {
        try {
            return PageRenderer.headingOf(new StorageFormatParser().parse(storage()))
                    .orElseGet(this::fileTitle);
        } catch (StorageFormatException | UncheckedIOException e) {
            return fileTitle();
        }
    }

    /** The file name without {@code .xml}: the title of a page without a heading. */
    String fileTitle() {
        String name = file.getFileName().toString();
        return name.endsWith(".xml") ? name.substring(0, name.length() - ".xml".length()) : name;
    }

    @Override
    public String storage() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** Where the page is, from a browser on this machine: what each Jira issue links back to. */
    @Override
    public String address() {
        return site.of(path());
    }

    /** The page's path on the preview host. */
    String path() {
        return "/pages/" + id;
    }

    Path file() {
        return file;
    }

    @Override
    public String toString() {
        return "page file " + file.getFileName();
    }
}
