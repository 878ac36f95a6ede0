package dev.agenda.app;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The {@code --now} option: an ISO-8601 instant with an offset ({@code 2017-11-02T10:15:00-07:00},
 * {@code 2017-11-02T17:15:00Z}), or a local date-time ({@code 2017-11-02T10:15}) read in the timezone of the page's
 * first agenda, which is what someone looking at a meeting's agenda means by "10:15".
 */
final class NowOption {

    private NowOption() {}

    static Instant resolve(String written, ZoneId localZone) throws UsageException {
        try {
            return OffsetDateTime.parse(written).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(written).atZone(localZone).toInstant();
            } catch (DateTimeParseException notLocal) {
                throw new UsageException("--now '" + written + "' is not an ISO-8601 date-time; write e.g. "
                        + "2017-11-02T10:15:00-07:00 or 2017-11-02T10:15");
            }
        }
    }
}
