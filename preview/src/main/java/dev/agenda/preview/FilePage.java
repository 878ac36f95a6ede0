package dev.agenda.preview;

import com.atlassian.confluence.pages.AbstractPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A page of the preview host: a storage-format file, standing in for Confluence's page object. Its body is read from
 * the file on every call, so a tick written to the file is what the next request sees.
 */
final class FilePage extends AbstractPage {

    private final long id;
    private final Path file;

    FilePage(long id, Path file) {
        this.id = id;
        this.file = file;
    }

    @Override
    public long getId() {
        return id;
    }

    @Override
    public String getIdAsString() {
        return String.valueOf(id);
    }

    @Override
    public String getTitle() {
        String name = file.getFileName().toString();
        return name.endsWith(".xml") ? name.substring(0, name.length() - ".xml".length()) : name;
    }

    @Override
    public String getBodyAsString() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    @Override
    public String getUrlPath() {
        return "/pages/" + id;
    }

    Path file() {
        return file;
    }
}
