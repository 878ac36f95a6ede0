package dev.agenda.preview;

import dev.agenda.core.page.PageFileName;
import dev.agenda.core.storage.StorageBuilder;
import dev.agenda.core.storage.StorageWriter;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.series.PageCreation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The preview host's {@link PageCreation}: a new page is a new file in the pages directory, named from its title as a
 * new meeting page is, written only if no page has the title (a page's title is its first heading, else its file
 * name) and no file has the name. The link to the next meeting is added to the
 * end of the previous page's file, which is replaced in one atomic move. Writes of one host are serialised.
 */
final class PageFileCreation implements PageCreation {

    private final PageFiles pages;
    private final SiteAddress site;

    PageFileCreation(PageFiles pages, SiteAddress site) {
        this.pages = pages;
        this.site = site;
    }

    @Override
    public Optional<HostPage> pageTitled(HostPage beside, String title) {
        Path file = fileOf(title);
        if (Files.isRegularFile(file)) {
            return Optional.of(new FilePage(PageFiles.idOf(file), file, site));
        }
        // Titles are unique in a Confluence space whatever their case; the pages directory is the preview's space.
        return pages.list().stream()
                .filter(page -> page.title().equalsIgnoreCase(title.strip()))
                .<HostPage>map(page -> page)
                .findFirst();
    }

    @Override
    public synchronized HostPage createBeside(HostPage previous, String title, String storage) {
        if (pageTitled(previous, title).isPresent()) {
            throw new PageExistsException(title);
        }
        Path file = fileOf(title);
        try {
            Files.writeString(file, storage, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new PageExistsException(title);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        return new FilePage(PageFiles.idOf(file), file, site);
    }

    @Override
    public synchronized void linkToNext(HostPage previous, HostPage next) {
        if (!(previous instanceof FilePage page)) {
            throw new IllegalArgumentException(previous + " is not a page file");
        }
        String link = StorageWriter.write(StorageBuilder.element(
                "p",
                List.of(
                        StorageBuilder.text("Next meeting: "),
                        StorageBuilder.element(
                                "a", Map.of("href", next.address()), List.of(StorageBuilder.text(next.title()))))));
        Path file = page.file();
        try {
            Path temporary =
                    Files.createTempFile(file.getParent(), file.getFileName().toString(), ".next");
            Files.writeString(temporary, Files.readString(file, StandardCharsets.UTF_8) + "\n" + link + "\n");
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not link " + file + " to the next meeting", e);
        }
    }

    /** The file a page with this title is, named as "New meeting page" names one. */
    private Path fileOf(String title) {
        return pages.directory().resolve(PageFileName.stemOf(title).orElse("next-meeting") + ".xml");
    }
}
