package dev.agenda.jira.fake;

import static org.junit.Assert.assertEquals;

import dev.agenda.core.tracker.ServerInfo;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import java.util.TreeMap;
import org.junit.Test;

/**
 * Starting the fake Jira over HTTP changes no system property: everything started in the same JVM (the app under
 * {@code --demo-jira}, other tests) sees the properties it was launched with.
 */
public class SystemPropertiesTest {

    private final FakeJiraWorld world = FakeJiraWorld.seeded(Clock.systemUTC());

    @Test
    public void startingAndClosingServersLeavesTheSystemPropertiesAsTheyWere() {
        // The JDK records the default time zone as user.timezone on its first use, which the first server's Date
        // header may be: the JDK's own lazy setting, made here first so that only the fake's doings are compared.
        TimeZone.getDefault();
        Map<String, String> before = snapshot();

        try (FakeJiraHttpServer dataCenter =
                        FakeJiraHttpServer.start(world, ServerInfo.Deployment.DATA_CENTER, FaultPlan.none());
                FakeJiraHttpServer cloud =
                        FakeJiraHttpServer.start(world, ServerInfo.Deployment.CLOUD, FaultPlan.none())) {
            assertEquals(before, snapshot());
        }
        assertEquals(before, snapshot());
    }

    /**
     * Whatever ran before in this JVM: the JDK server's no-delay property holds what the command line set, or nothing.
     * (Comparing snapshots alone would miss a property set for good by a server another test started earlier.)
     */
    @Test
    public void theNoDelayPropertyIsOnlyEverWhatTheJvmWasLaunchedWith() {
        FakeJiraHttpServer.start(world, ServerInfo.Deployment.DATA_CENTER, FaultPlan.none())
                .close();

        String prefix = "-D" + FakeJiraHttpServer.NO_DELAY_PROPERTY + "=";
        Optional<String> launchedWith = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith(prefix))
                .map(argument -> argument.substring(prefix.length()))
                .reduce((first, last) -> last);
        assertEquals(launchedWith.orElse(null), System.getProperty(FakeJiraHttpServer.NO_DELAY_PROPERTY));
    }

    private static Map<String, String> snapshot() {
        Properties properties = System.getProperties();
        Map<String, String> copy = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> copy.put(name, properties.getProperty(name)));
        return copy;
    }
}
