package dev.agenda.sync;

import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransport;
import dev.agenda.jira.transport.JiraTransportException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Passes requests to Jira. For the next matching ones, Jira does the work, but what reaches the client is something
 * else: garbage a proxy made of the answer, or a timeout because the answer came too late. Thread-safe.
 */
final class AfterJiraWorked implements JiraTransport {

    /** What the client gets instead of the real answer to the {@code nth} spoiled request (from 0). */
    @FunctionalInterface
    interface Instead {
        JiraResponse answer(int nth) throws JiraTransportException;
    }

    /** What the client gets instead of the real answer it was sent. */
    @FunctionalInterface
    interface Mangled {
        JiraResponse answer(JiraResponse real);
    }

    private final JiraTransport delegate;
    private final AtomicInteger spoiled = new AtomicInteger();
    private final AtomicInteger left = new AtomicInteger();
    private volatile String route = "";
    private volatile Instead instead = nth -> null;
    private volatile Mangled mangled = real -> real;

    AfterJiraWorked(JiraTransport delegate) {
        this.delegate = delegate;
    }

    /** Spoils the answers of the next {@code requests} requests whose "METHOD path" starts with {@code routePrefix}. */
    void spoil(String routePrefix, int requests, Instead what) {
        instead = what;
        mangled = real -> real;
        route = routePrefix;
        left.set(requests);
    }

    /** Passes on the answers of the next {@code requests} matching requests as {@code what} makes them. */
    void mangle(String routePrefix, int requests, Mangled what) {
        instead = nth -> null;
        mangled = what;
        route = routePrefix;
        left.set(requests);
    }

    /** How many answers were spoiled so far. */
    int spoiled() {
        return spoiled.get();
    }

    @Override
    public JiraResponse execute(JiraRequest request) throws JiraTransportException {
        JiraResponse real = delegate.execute(request);
        if ((request.method() + " " + request.path()).startsWith(route) && left.getAndDecrement() > 0) {
            JiraResponse spoilt = instead.answer(spoiled.getAndIncrement());
            return spoilt == null ? mangled.answer(real) : spoilt;
        }
        return real;
    }

    @Override
    public String describe() {
        return delegate.describe();
    }
}
