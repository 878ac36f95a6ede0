package dev.agenda.core.page;

import static org.junit.Assert.assertEquals;

import java.util.Optional;
import org.junit.Test;

public class PageFileNameTest {

    @Test
    public void fileNamesAreTheTitlesLettersAndDigits() {
        assertEquals(Optional.of("reunion-d-equipe-2017-12-04"), PageFileName.stemOf("Réunion d’équipe — 2017/12/04"));
        assertEquals(Optional.empty(), PageFileName.stemOf("../.."));
    }

    @Test
    public void aLongTitleMakesAStemOfAtMostTheLimitWithoutATrailingHyphen() {
        String stem = PageFileName.stemOf("DM Weekly ".repeat(20)).orElseThrow();

        assertEquals(PageFileName.MAX_STEM - 1, stem.length());
        assertEquals("dm-weekly-", stem.substring(0, 10));
    }
}
