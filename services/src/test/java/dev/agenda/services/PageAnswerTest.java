package dev.agenda.services;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Function;
import org.junit.Test;

public class PageAnswerTest {

    @Test
    public void doneWorkFoldsIntoItsValueAndRefusedWorkIntoItsRefusal() {
        Refusal refusal = Refusal.of(Refusal.Reason.NOT_FOUND, "No page 42.");

        assertEquals("done 7", PageAnswer.done(7).fold(value -> "done " + value, no -> "refused"));
        assertEquals(
                "refused: No page 42.",
                PageAnswer.<Integer>refused(refusal).fold(value -> "done", no -> "refused: " + no.message()));
    }

    /** Before, fold took whatever was not Done for Refused, by a cast: a third variant compiled and failed later. */
    @Test
    public void everyVariantSaysHowItFoldsSoANewOneCannotBeTakenForAnother() throws Exception {
        Method fold = PageAnswer.class.getMethod("fold", Function.class, Function.class);
        assertTrue("fold has no default to fall back on", Modifier.isAbstract(fold.getModifiers()));
        for (Class<?> variant : PageAnswer.class.getPermittedSubclasses()) {
            assertEquals(
                    variant.getSimpleName() + " folds itself",
                    variant,
                    variant.getMethod("fold", Function.class, Function.class).getDeclaringClass());
        }
    }
}
