package dev.agenda.jira.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.recording.RecordSpecBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappingCollection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * WireMock serving one test's recordings of the fake Jira, or — when recording — proxying to the fake Jira and keeping
 * what it answered. Only ever the fake: nothing here records a real Jira. Recordings live in
 * {@code src/test/resources/recordings-of-the-fake/<deployment>/<test>.json}, one file per test, and hold requests
 * (method, URL, JSON body) and answers only: WireMock does not record request headers unless told, so no credential
 * is ever written. A request repeated with different answers (an issue read before and after a transition) is
 * recorded as a WireMock scenario, answered in order. Record again with
 * {@code mvn -o -pl jira-fake,jira -am test -Dagenda.jira.record=true} (then review the diff: ids, ports and dates
 * change on every recording).
 */
final class RecordingsOfFake implements AutoCloseable {

    static final String RECORD_PROPERTY = "agenda.jira.record";
    static final Path RECORDINGS = Path.of("src", "test", "resources", "recordings-of-the-fake");

    private final WireMockServer server;
    private final Path file;
    private final boolean recording;

    private RecordingsOfFake(WireMockServer server, Path file, boolean recording) {
        this.server = server;
        this.file = file;
        this.recording = recording;
    }

    static boolean recordingRequested() {
        return Boolean.getBoolean(RECORD_PROPERTY);
    }

    /** Replays the test's recording; fails if there is none (record it first). */
    static RecordingsOfFake replay(String deployment, String test) {
        Path file = RECORDINGS.resolve(deployment).resolve(test + ".json");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no recording " + file + ": record with -D" + RECORD_PROPERTY + "=true");
        }
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        try {
            StubMappingCollection mappings = Json.read(Files.readString(file), StubMappingCollection.class);
            mappings.getMappings().forEach(server::addStubMapping);
        } catch (IOException e) {
            server.stop();
            throw new UncheckedIOException(e);
        }
        return new RecordingsOfFake(server, file, false);
    }

    /** Proxies to {@code target} and writes the recording when closed. */
    static RecordingsOfFake record(String deployment, String test, String target) {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.startRecording(new RecordSpecBuilder()
                .forTarget(target)
                .makeStubsPersistent(false)
                .extractTextBodiesOver(Long.MAX_VALUE)
                .extractBinaryBodiesOver(Long.MAX_VALUE));
        return new RecordingsOfFake(server, RECORDINGS.resolve(deployment).resolve(test + ".json"), true);
    }

    String baseUrl() {
        return server.baseUrl();
    }

    /** Requests WireMock could not answer from the recording: the client asked something it did not ask before. */
    List<String> unmatched() {
        return server.findAllUnmatchedRequests().stream()
                .map(r -> r.getMethod() + " " + r.getUrl())
                .toList();
    }

    @Override
    public void close() {
        try {
            if (recording) {
                write(server.stopRecording().getStubMappings());
            }
        } finally {
            server.stop();
        }
    }

    private void write(List<StubMapping> mappings) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try {
            ObjectNode root = json.createObjectNode();
            ArrayNode array = root.putArray("mappings");
            for (StubMapping mapping : mappings) {
                JsonNode node = json.readTree(Json.write(mapping));
                array.add(node);
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, json.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
