package dev.agenda.preview;

import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;

/**
 * Declines a client's offer to switch protocols ({@code Upgrade: h2c}, which {@code curl --http2} and the JDK's HTTP
 * client make on plain http), so the request is served as the HTTP/1.1 request it also is. Grizzly's HTTP codec
 * announces such an offer as an event and stops reading the request as HTTP until something takes the offer up; with
 * no HTTP/2 on the listener nothing does, and the request's input never ends: whatever reads it, or finishes the
 * response, waits 30 s and fails with 500, holding a server thread all along (eclipse-ee4j/glassfish-grizzly#1972,
 * eclipse-ee4j/jersey#6059). This filter, placed right after the codec, takes the event and undoes what the codec did
 * for it: the upgrade header, and the flag that stops it parsing the request's content. Stateless, so thread-safe.
 */
final class DeclineProtocolSwitch extends BaseFilter implements AddOn {

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder chain) {
        chain.add(chain.indexOfType(HttpServerFilter.class) + 1, this);
    }

    @Override
    public NextAction handleEvent(FilterChainContext context, FilterChainEvent event) {
        if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
            HttpHeader request = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
            request.setIgnoreContentModifiers(false);
            request.getUpgradeDC().recycle();
            request.getHeaders().removeHeader(Header.Upgrade);
            return context.getStopAction();
        }
        return context.getInvokeAction();
    }
}
