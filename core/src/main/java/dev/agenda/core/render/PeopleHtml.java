package dev.agenda.core.render;

import dev.agenda.core.users.Person;

/**
 * Writes a person as the page shows them: avatar initials and display name, or Confluence's
 * {@code Unknown User (name)} for someone the directory does not know.
 */
final class PeopleHtml {

    /** How many avatar colours agenda.css defines. */
    private static final int AVATAR_COLOURS = 8;

    private PeopleHtml() {}

    static void write(Person person, HtmlWriter html) {
        String classes = person.known() ? "agenda-person" : "agenda-person agenda-person--unknown";
        html.open("span", "class", classes, "data-username", person.username(), "title", person.username());
        html.element(
                "span",
                person.initials(),
                "class",
                "agenda-avatar agenda-avatar--" + colourOf(person),
                "aria-hidden",
                "true");
        html.element("span", person.displayName(), "class", "agenda-person-name");
        html.close("span");
    }

    static SafeHtml of(Person person) {
        HtmlWriter html = new HtmlWriter();
        write(person, html);
        return html.toSafeHtml();
    }

    private static int colourOf(Person person) {
        return Math.floorMod(person.username().hashCode(), AVATAR_COLOURS);
    }
}
