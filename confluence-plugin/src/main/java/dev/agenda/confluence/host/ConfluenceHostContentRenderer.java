package dev.agenda.confluence.host;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.XhtmlException;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import dev.agenda.core.render.HostContentRenderer;
import dev.agenda.core.render.SafeHtml;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageWriter;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Lets Confluence render the pieces of an agenda the app does not render itself (other macros, page links,
 * images), with Confluence's own storage-to-view conversion in the macro's conversion context, so they look and
 * behave as everywhere else in Confluence. A piece Confluence cannot convert falls back to the app's rendering.
 */
public final class ConfluenceHostContentRenderer implements HostContentRenderer {

    private final XhtmlContent xhtmlContent;
    private final ConversionContext conversionContext;

    public ConfluenceHostContentRenderer(XhtmlContent xhtmlContent, ConversionContext conversionContext) {
        this.xhtmlContent = xhtmlContent;
        this.conversionContext = conversionContext;
    }

    @Override
    public Optional<SafeHtml> render(StorageElement element) {
        try {
            String view = xhtmlContent.convertStorageToView(StorageWriter.write(element), conversionContext);
            return Optional.ofNullable(view).map(SafeHtml::fromHostRendering);
        } catch (XMLStreamException | XhtmlException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
