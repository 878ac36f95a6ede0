package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

/** The preview mounts the REST resources where, and finds them as, the plugin's descriptor says. */
public class PluginDescriptorTest {

    @Test
    public void thePluginsDescriptorNamesTheRestBaseAndPackageThePreviewServes() {
        PluginDescriptor descriptor = PluginDescriptor.ofPlugin();

        assertEquals(PreviewHost.REST_BASE, descriptor.restBase());
        assertEquals(List.of("dev.agenda.confluence.rest"), descriptor.restPackages());
    }

    @Test
    public void aRestModuleWithoutAPackageIsRefusedWithAReason() {
        IOException refused = assertThrows(
                IOException.class,
                () -> PluginDescriptor.read(new ByteArrayInputStream(
                        "<atlassian-plugin><rest key='r' path='/x' version='1'/></atlassian-plugin>"
                                .getBytes(StandardCharsets.UTF_8))));

        assertTrue(refused.getMessage(), refused.getMessage().contains("names no package"));
    }
}
