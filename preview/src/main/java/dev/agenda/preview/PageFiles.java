package dev.agenda.preview;

import dev.agenda.services.page.HostPage;
import dev.agenda.services.page.HostPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The preview host's pages: every {@code *.xml} file in one directory. A page's id is its file name when that is a
 * number ({@code 65538.xml}), else a stable number made from the name, so links and action ids survive restarts. Files
 * are listed afresh on each call, so pages can be added while the host runs. Thread-safe.
 */
public final class PageFiles implements HostPages {

    private final Path directory;
    private final SiteAddress site;

    /** @param site where the host listens, for each page's absolute address */
    PageFiles(Path directory, SiteAddress site) {
        this.directory = directory;
        this.site = site;
    }

    @Override
    public Optional<HostPage> find(long id) {
        return list().stream().filter(page -> page.id() == id).findFirst().map(HostPage.class::cast);
    }

    /** The pages, by file name. */
    List<FilePage> list() {
        List<FilePage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.getFileName().toString().endsWith(".xml") && Files.isRegularFile(file))
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .forEach(file -> pages.add(new FilePage(idOf(file), file, site)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the pages in " + directory, e);
        }
        return pages;
    }

    Path directory() {
        return directory;
    }

    static long idOf(Path file) {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - ".xml".length());
        if (stem.matches("[1-9][0-9]{0,17}")) {
            return Long.parseLong(stem);
        }
        CRC32 crc = new CRC32();
        crc.update(stem.getBytes(StandardCharsets.UTF_8));
        return 1_000_000_000L + crc.getValue();
    }
}
