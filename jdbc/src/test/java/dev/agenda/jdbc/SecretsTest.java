package dev.agenda.jdbc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import java.sql.SQLException;
import org.junit.Test;

/** Which parts of URLs and driver messages are passwords. */
public class SecretsTest {

    @Test
    public void masksPasswordSettingsOfEitherDriver() {
        Secrets secrets = Secrets.of("", null);

        assertEquals(
                "jdbc:postgresql://h/db?user=u&password=****&ssl=true",
                secrets.redact("jdbc:postgresql://h/db?user=u&password=p%26w&ssl=true"));
        assertEquals("jdbc:postgresql://h/db?sslpassword=****", secrets.redact("jdbc:postgresql://h/db?sslpassword=k"));
        assertEquals(
                "jdbc:h2:tcp://h/db;USER=sa;PASSWORD=****;TRACE_LEVEL_FILE=0",
                secrets.redact("jdbc:h2:tcp://h/db;USER=sa;PASSWORD=pw;TRACE_LEVEL_FILE=0"));
        assertEquals("jdbc:postgresql://u:****@h/db", secrets.redact("jdbc:postgresql://u:pw@h/db"));
    }

    @Test
    public void masksTheKnownPasswordsWhereverADriverQuotesThem() {
        Secrets secrets = Secrets.of("jdbc:postgresql://h/db?password=fromUrl", "given");

        assertEquals("FATAL: no **** and no ****", secrets.redact("FATAL: no fromUrl and no given"));
    }

    @Test
    public void keepsACauseOnlyWhenNothingInItsChainQuotesAPassword() {
        Secrets secrets = Secrets.of("jdbc:postgresql://h/db", "given");
        SQLException clean = new SQLException("refused", new IllegalStateException("socket"));
        SQLException quoting = new SQLException("outer", new IllegalStateException("the password is given"));
        SQLException next = new SQLException("outer");
        next.setNextException(new SQLException("given"));

        assertSame(clean, secrets.safeCause(clean));
        assertNull(secrets.safeCause(quoting));
        assertNull(secrets.safeCause(next));
    }
}
