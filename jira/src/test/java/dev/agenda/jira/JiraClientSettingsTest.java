package dev.agenda.jira;

import static org.junit.Assert.assertNotEquals;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.Test;

/**
 * The client's defaults are made inside Confluence while the plugin's Spring context starts, when the thread's context
 * class loader is the plugin bundle's: nothing in them may be looked up through that loader.
 */
public class JiraClientSettingsTest {

    @Test
    public void theDefaultsNeedNothingFromTheThreadsContextClassLoader() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader seesNothing = new URLClassLoader(new URL[0], null)) {
            thread.setContextClassLoader(seesNothing);
            JiraClientSettings settings = JiraClientSettings.defaults();
            assertNotEquals("the jitter source answers", -1, settings.random().nextInt(0, 10));
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
