package dev.agenda.preview;

import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpCodecFilter;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpPacket;
import org.glassfish.grizzly.http.HttpProbe;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.HttpServerProbe;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Whatever the preview host answers carries the {@link SecurityHeaders}, and an error answer says what went wrong in
 * words ({@link ErrorWords}) when whatever refused the request left its body empty: Jersey's answers and refusals,
 * Grizzly's answer to an address it cannot decode, its error pages, and the refusals of its HTTP codec alike.
 *
 * <p>Three hooks, as Grizzly writes answers in three ways. Every answer written through a response's output buffer
 * gets the headers as it commits, before its header block is closed (headers added after that count as trailers,
 * and Grizzly drops {@code Cache-Control} there). A filter right after the codec sees those answers on their way out,
 * and gives an empty error answer its sentence. The codec's own refusals (a request it cannot parse, headers or a
 * request line too large, an unknown HTTP version) pass neither: a probe on the codec, told of the failure just
 * before it writes the refusal, puts the headers on it and answers the two limits as such (431, 414) rather than as
 * unreadable (400), telling them apart by the codec's message. Their body stays empty, as the codec always writes
 * it. Stateless, so thread-safe.
 */
final class EveryAnswer extends BaseFilter implements AddOn {

    private static final int HEADERS_TOO_LARGE = 431;
    private static final int REQUEST_LINE_TOO_LARGE = 414;

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder chain) {
        int codec = chain.indexOfType(org.glassfish.grizzly.http.HttpServerFilter.class);
        ((HttpCodecFilter) chain.get(codec)).getMonitoringConfig().addProbes(new CodecRefusals());
        ((HttpServerFilter) chain.get(chain.indexOfType(HttpServerFilter.class)))
                .getMonitoringConfig()
                .addProbes(new HeadersAtCommit());
        chain.add(codec + 1, this);
    }

    @Override
    public NextAction handleWrite(FilterChainContext context) {
        if (context.getMessage() instanceof HttpContent content
                && content.getHttpHeader() instanceof HttpResponsePacket response
                && !response.isCommitted()
                && content.isLast()
                && !content.getContent().hasRemaining()
                && response.getStatus() >= 400
                && !response.getRequest().isHeadRequest()) {
            byte[] words = (ErrorWords.of(response.getStatus()) + "\n").getBytes(StandardCharsets.UTF_8);
            response.setContentType(ErrorWords.PLAIN_TEXT);
            response.setContentLength(words.length);
            context.setMessage(HttpContent.create(response, true, Buffers.wrap(context.getMemoryManager(), words)));
        }
        return context.getInvokeAction();
    }

    /** Stamps each request's answer as it commits; the output buffer forgets the listener with the request. */
    private static final class HeadersAtCommit extends HttpServerProbe.Adapter {

        @Override
        @SuppressWarnings("rawtypes") // HttpServerProbe declares the raw type; an override must take it as declared
        public void onRequestReceiveEvent(HttpServerFilter filter, Connection connection, Request request) {
            Response response = request.getResponse();
            response.getOutputBuffer().registerLifeCycleListener(() -> SecurityHeaders.stamp(response.getResponse()));
        }
    }

    /** Told by the codec of a request it refuses, before it writes the refusal. */
    private static final class CodecRefusals extends HttpProbe.Adapter {

        @Override
        @SuppressWarnings("rawtypes") // HttpProbe declares the raw type; an override must take it as declared
        public void onErrorEvent(Connection connection, HttpPacket packet, Throwable error) {
            if (packet instanceof HttpRequestPacket request
                    && !request.getResponse().isCommitted()) {
                HttpResponsePacket response = request.getResponse();
                SecurityHeaders.stamp(response);
                // Grizzly 4.0's words for the two limits of HttpCodecFilter (an IllegalStateException each).
                String problem = String.valueOf(error.getMessage());
                if (problem.contains("header is too large")) {
                    response.setStatus(HEADERS_TOO_LARGE);
                    response.setReasonPhrase("Request Header Fields Too Large");
                } else if (problem.contains("line is too large")) {
                    response.setStatus(REQUEST_LINE_TOO_LARGE);
                    response.setReasonPhrase("URI Too Long");
                }
            }
        }
    }
}
