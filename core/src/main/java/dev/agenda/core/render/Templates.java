package dev.agenda.core.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;

/**
 * The app's Velocity templates, escaped by default: every value a template prints is HTML-escaped unless it is
 * {@link SafeHtml}, so a template cannot forget to escape. Templates are read from this package's resources once,
 * at construction, with the engine's own runtime (not the host's, and not through the thread's class loader,
 * which inside OSGi belongs to the host). Strict mode is on, so a misspelt reference fails loudly in tests.
 * Thread-safe after construction.
 */
public final class Templates {

    /** A first buffer about the size of a rendered agenda, so the output is not copied as it grows. */
    private static final int OUTPUT_CAPACITY = 32 * 1024;

    private final RuntimeInstance runtime = new RuntimeInstance();
    private final Map<String, Template> templates;

    public Templates() {
        Properties properties = new Properties();
        properties.setProperty("runtime.strict_mode.enable", "true");
        properties.setProperty("parser.space_gobbling", "lines");
        properties.setProperty("resource.loaders", "string");
        properties.setProperty(
                "resource.loader.string.class", "org.apache.velocity.runtime.resource.loader.StringResourceLoader");
        runtime.init(properties);
        templates =
                Map.of("agenda.vm", load("agenda.vm"), "page.vm", load("page.vm"), "register.vm", load("register.vm"));
    }

    /** Merges the named template with the given values. */
    public SafeHtml render(String name, Map<String, Object> values) {
        Template template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException("no template " + name);
        }
        VelocityContext context = new VelocityContext();
        values.forEach(context::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addReferenceInsertionEventHandler(new EscapeUnlessSafe());
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter(OUTPUT_CAPACITY);
        template.merge(context, out);
        return new SafeHtml(out.toString());
    }

    private Template load(String name) {
        try (InputStream in = Templates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("template " + name + " is missing from the classpath");
            }
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Template template = new Template();
            template.setName(name);
            template.setRuntimeServices(runtime);
            template.setData(runtime.parse(new StringReader(source), template));
            template.initDocument();
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("template " + name + " does not parse: " + e.getMessage(), e);
        }
    }

    /** Escapes everything a template prints, except markup already made safe. */
    private static final class EscapeUnlessSafe implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            if (value == null || value instanceof SafeHtml) {
                return value;
            }
            return HtmlWriter.escape(value.toString());
        }
    }
}
