package dev.agenda.core.tracker;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.function.Function;
import org.junit.Test;

public class ResultTest {

    private static final TrackerError GONE = TrackerError.of(TrackerError.Kind.UNAVAILABLE, "Jira did not answer.");

    @Test
    public void aSuccessGivesItsValueAndMapsAndChains() {
        Result<Integer> three = Result.ok(3);

        assertTrue(three.isOk());
        assertEquals(Integer.valueOf(3), three.value());
        assertEquals(Optional.of(3), three.toOptional());
        assertEquals(Optional.empty(), three.failure());
        assertEquals(Result.ok("3!"), three.map(value -> value + "!"));
        assertEquals(Result.failed(GONE), three.flatMap(value -> Result.failed(GONE)));
    }

    @Test
    public void aFailureKeepsItsErrorThroughMapsAndChainsAndRefusesAValue() {
        Result<Integer> failed = Result.failed(GONE);

        assertFalse(failed.isOk());
        assertEquals(Optional.empty(), failed.toOptional());
        assertEquals(Optional.of(GONE), failed.failure());
        assertEquals(Result.failed(GONE), failed.map(value -> value + "!"));
        assertEquals(Result.failed(GONE), failed.flatMap(value -> Result.ok(value * 2)));
        IllegalStateException noValue = assertThrows(IllegalStateException.class, failed::value);
        assertEquals("no value: Jira did not answer.", noValue.getMessage());
    }

    /** Before, every operation took whatever was not Ok for Failed with a cast: a third variant failed at run time. */
    @Test
    public void everyVariantSaysHowItFoldsSoANewOneCannotBeTakenForAnother() throws Exception {
        Method fold = Result.class.getMethod("fold", Function.class, Function.class);
        assertTrue("fold has no default to fall back on", Modifier.isAbstract(fold.getModifiers()));
        for (Class<?> variant : Result.class.getPermittedSubclasses()) {
            assertEquals(
                    variant.getSimpleName() + " folds itself",
                    variant,
                    variant.getMethod("fold", Function.class, Function.class).getDeclaringClass());
        }
    }
}
