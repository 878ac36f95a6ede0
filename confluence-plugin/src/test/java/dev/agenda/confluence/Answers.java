package dev.agenda.confluence;

import dev.agenda.services.PageAnswer;
import dev.agenda.services.Refusal;

/** Reading a page service's answer in a test: the value of one that was done, or the refusal of one that was not. */
public final class Answers {

    private Answers() {}

    /** The value; fails the test, saying why, when the work was refused. */
    public static <T> T done(PageAnswer<T> answer) {
        return answer.fold(value -> value, refusal -> {
            throw new AssertionError("expected the work done, but it was refused: " + refusal);
        });
    }

    /** The refusal; fails the test when the work was done. */
    public static Refusal refusal(PageAnswer<?> answer) {
        return answer.fold(
                value -> {
                    throw new AssertionError("expected a refusal, but the work was done: " + value);
                },
                refusal -> refusal);
    }
}
