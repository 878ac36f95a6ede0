package dev.agenda.core.text;

import dev.agenda.core.storage.StorageElement;

/**
 * The text a Confluence link ({@code ac:link}) shows: its link body when it has one, else the title or name of
 * what it points at, as Confluence shows it.
 */
public final class LinkText {

    private LinkText() {}

    public static String of(StorageElement link) {
        for (String body : new String[] {"ac:link-body", "ac:plain-text-link-body"}) {
            String text = link.firstChild(body)
                    .map(StorageElement::textContent)
                    .map(PlainText::collapse)
                    .orElse("");
            if (!text.isEmpty()) {
                return text;
            }
        }
        for (StorageElement target : link.childElements()) {
            for (String attribute : new String[] {"ri:content-title", "ri:filename", "ri:value", "ri:space-key"}) {
                String text =
                        target.attribute(attribute).map(PlainText::collapse).orElse("");
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return link.attribute("ac:anchor").map(PlainText::collapse).orElse("");
    }
}
