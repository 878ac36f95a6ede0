package dev.agenda.preview;

import java.util.List;
import org.glassfish.hk2.utilities.binding.AbstractBinder;

/**
 * Supplies the plugin's components to HK2, which builds the REST resources through their {@code @Inject}
 * constructors — as Confluence's REST v2 supplies a plugin's Spring beans: each component is found by its type. A
 * resource whose constructor is not marked, or asks for something no component is, cannot be built here, as it could
 * not be in Confluence.
 */
final class PluginComponents extends AbstractBinder {

    private final List<Object> components;

    PluginComponents(List<Object> components) {
        this.components = List.copyOf(components);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected void configure() {
        for (Object component : components) {
            bind(component).to((Class) component.getClass());
        }
    }
}
