package dev.agenda.bench;

import dev.agenda.core.tracker.Issue;
import dev.agenda.core.tracker.Result;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;

/**
 * Wall time of reading the statuses of N issues from the fake Jira over HTTP with {@link BenchJira#LATENCY} per answer,
 * through the app's real client: {@link #batched} (the app's way, JQL searches of up to 100 keys) against
 * {@link #naive} (one request per key, in sequence). Single-shot: one operation per iteration, so the secondary
 * result {@code httpRequests} is the mean number of HTTP requests per operation. The N issues are created in the fake's
 * world once per trial, without HTTP. {@code batched} is cheap, so it warms up and measures 5 iterations; {@code naive}
 * 1 and 2. A full run takes about 16 minutes, nearly all of it {@code naive} at N = 5000 (250 s per operation);
 * {@code -p keys=10,100,1000} skips that.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(1)
public class StatusBenchmark {

    /**
     * The HTTP requests the fake Jira received per operation, reported beside the time. JMH sums an events counter
     * over the measured iterations, so each iteration adds its requests divided by the number of iterations: the sum
     * is the mean per operation (one operation per iteration).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Requests {
        public double httpRequests;
        private int iterations = 1;

        @Setup(Level.Iteration)
        public void reset(IterationParams params) {
            httpRequests = 0;
            iterations = Math.max(1, params.getCount());
        }

        void add(int requests) {
            httpRequests += (double) requests / iterations;
        }
    }

    @Param({"10", "100", "1000", "5000"})
    public int keys;

    private BenchJira jira;
    private List<String> issueKeys;

    @Setup(Level.Trial)
    public void start() {
        jira = BenchJira.start(BenchJira.LATENCY);
        issueKeys = jira.createIssues(keys);
    }

    @TearDown(Level.Trial)
    public void stop() {
        jira.close();
    }

    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 5)
    public Map<String, Result<Issue>> batched(Requests requests) {
        int before = jira.requests();
        Map<String, Result<Issue>> answers = jira.tracker().issuesByKey(issueKeys, List.of());
        requests.add(jira.requests() - before);
        return checked(RequestCounts.found(answers), answers);
    }

    @Benchmark
    public int naive(Requests requests) {
        int before = jira.requests();
        int found = RequestCounts.naive(jira.tracker(), issueKeys);
        requests.add(jira.requests() - before);
        return checked(found, found);
    }

    private <T> T checked(int found, T answer) {
        if (found != keys) {
            throw new IllegalStateException(found + " of " + keys + " issues found: the fake Jira is not answering");
        }
        return answer;
    }
}
