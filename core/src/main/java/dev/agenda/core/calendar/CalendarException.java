package dev.agenda.core.calendar;

/**
 * A page cannot be written as a calendar: it has no agenda, or an agenda has no date. The message says which agenda
 * (its title and where it stands in the page) and what to add, in words a page author can act on.
 */
public final class CalendarException extends Exception {

    private static final long serialVersionUID = 1L;

    public CalendarException(String message) {
        super(message);
    }

    /** Never null: the only constructor takes the message. */
    @Override
    public String getMessage() {
        String message = super.getMessage();
        return message == null ? "" : message;
    }
}
