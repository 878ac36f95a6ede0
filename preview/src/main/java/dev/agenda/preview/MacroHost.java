package dev.agenda.preview;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.XhtmlException;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.setup.settings.SettingsManager;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.render.AgendaMacroSlot;
import dev.agenda.core.render.SafeHtml;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageNode;
import dev.agenda.core.storage.StorageWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Confluence does for a macro on a page, done by the preview host: hands the plugin's own {@link Macro} the
 * macro's parameters, its rich-text body in storage format, and a conversion context whose entity is the page. The
 * host services the macro asks for are the preview's: web resources are already on the page, and Confluence's own
 * storage-to-view conversion is not available (the macro then renders those pieces itself, as it does when
 * Confluence cannot convert them).
 */
final class MacroHost {

    private MacroHost() {}

    /** Runs {@code macro} for every agenda macro of the render of the page with this id. */
    static AgendaMacroSlot running(Macro macro, long pageId) {
        ConversionContext context = PreviewConversionContext.ofPage(pageId);
        return (StorageElement element, Agenda agenda) -> {
            try {
                return SafeHtml.fromTrustedHost(macro.execute(parameters(element), body(element), context));
            } catch (MacroExecutionException e) {
                return SafeHtml.text("The agenda macro failed: " + e.getMessage());
            }
        };
    }

    static Map<String, String> parameters(StorageElement macro) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (StorageElement parameter : macro.childElements("ac:parameter")) {
            parameter.attribute("ac:name").ifPresent(name -> parameters.put(name, parameter.textContent()));
        }
        return parameters;
    }

    static String body(StorageElement macro) {
        StringBuilder body = new StringBuilder();
        macro.firstChild("ac:rich-text-body").ifPresent(rich -> {
            for (StorageNode node : rich.children()) {
                body.append(StorageWriter.write(node));
            }
        });
        return body.toString();
    }

    /** The web resources are linked by the preview's own page; nothing to collect per request. */
    static PageBuilderService noWebResources() {
        RequiredResources resources = new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                return this;
            }
        };
        WebResourceAssembler assembler = () -> resources;
        return () -> assembler;
    }

    /**
     * Confluence's site settings, which the preview does not have: the macro asks them for the base URL only when the
     * host gives no REST base, and the preview always gives its own.
     */
    static SettingsManager noSiteSettings() {
        return () -> {
            throw new UnsupportedOperationException("the preview host has no Confluence site settings");
        };
    }

    /** Confluence's storage-to-view conversion, which the preview does not have. */
    static XhtmlContent noConfluenceConversion() {
        return (fragment, context) -> {
            throw new XhtmlException("the preview host has no Confluence to convert " + fragment.length()
                    + " characters of storage format");
        };
    }
}
