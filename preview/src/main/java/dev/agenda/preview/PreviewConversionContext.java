package dev.agenda.preview;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import org.jspecify.annotations.Nullable;

/**
 * The conversion context the preview host gives a macro, as Confluence gives one when it displays a page in a desktop
 * browser: the page being shown ({@link #ofPage}), or none for a view that is not one page's ({@link #noPage}, the
 * Actions page). It carries no properties. Immutable.
 */
record PreviewConversionContext(@Nullable ContentEntityObject page) implements ConversionContext {

    /** The context of the page with this id. */
    static PreviewConversionContext ofPage(long pageId) {
        return new PreviewConversionContext(new PageEntity(pageId));
    }

    /** The context of a view that is no page's. */
    static PreviewConversionContext noPage() {
        return new PreviewConversionContext(null);
    }

    @Override
    public @Nullable ContentEntityObject getEntity() {
        return page;
    }

    @Override
    public String getOutputType() {
        return "display";
    }

    @Override
    public String getOutputDeviceType() {
        return "desktop";
    }

    @Override
    public @Nullable Object getProperty(String name) {
        return null;
    }

    /** The page, as far as a macro asks: its id. */
    private static final class PageEntity extends ContentEntityObject {
        private final long id;

        PageEntity(long id) {
            this.id = id;
        }

        @Override
        public long getId() {
            return id;
        }
    }
}
