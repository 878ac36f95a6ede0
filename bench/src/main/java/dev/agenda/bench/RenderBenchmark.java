package dev.agenda.bench;

import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.render.HostContentRenderer;
import dev.agenda.core.render.IssueLinks;
import dev.agenda.core.render.PageRenderer;
import dev.agenda.core.render.RenderContext;
import dev.agenda.core.render.Templates;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time per page to turn storage format into the agenda's HTML, on pages {@code scale} times the reference page
 * ({@link PageGenerator}): {@link #parse} alone, and {@link #render} — parse, read the meeting page (agendas, schedule,
 * actions), and render the whole document with the app's templates, as {@code agenda render} does (static: no live
 * statuses, no host renderer). Per megabyte is the time divided by the page's size, which the trial setup prints.
 * The page, reader, templates and context are built once per trial; a full run takes a few minutes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class RenderBenchmark {

    /** The moment rendered for: during the reference meeting's first day (10:15 in Tucson). */
    static final Instant NOW = Instant.parse("2017-11-02T17:15:00Z");

    @Param({"1", "10", "100", "1000"})
    public int scale;

    private String storage;
    private StorageFormatParser parser;
    private MeetingPageReader reader;
    private PageRenderer renderer;
    private RenderContext context;

    @Setup(Level.Trial)
    public void prepare() {
        storage = new PageGenerator().generate(scale);
        parser = new StorageFormatParser();
        reader = Examples.reader();
        renderer = new PageRenderer(new Templates());
        context =
                new RenderContext(Examples.users(), IssueLinks.none(), HostContentRenderer.none(), NOW, Examples.ZONE);
        System.out.printf(
                "%n[scale %d: %,d characters, %,d UTF-8 bytes]%n",
                scale, storage.length(), storage.getBytes(StandardCharsets.UTF_8).length);
    }

    @Benchmark
    public StorageElement parse() throws StorageFormatException {
        return parser.parse(storage);
    }

    @Benchmark
    public String render(Blackhole blackhole) throws StorageFormatException {
        MeetingPage page = reader.readPage("bench", parser.parse(storage));
        blackhole.consume(page.actions());
        return renderer.renderDocument(page, context, "bench-x" + scale + ".xml");
    }
}
