package dev.agenda.app;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --jira}: a URL that carries no credentials. One with a user name or password in it
 * ({@code https://user:pw@jira.example.org}) is refused, as credentials come from the environment only and the URL is
 * shown on the console, on pages and in answers. Neither refusal repeats what was given: picocli prints the message
 * alone, and a mistyped URL may hold a password too.
 */
final class JiraUrlConverter implements ITypeConverter<URI> {

    @Override
    public URI convert(String value) {
        URI url;
        try {
            url = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new TypeConversionException(
                    "not a URL (" + e.getReason() + ", at character " + (e.getIndex() + 1) + ")");
        }
        String authority = url.getRawAuthority();
        if (url.getRawUserInfo() != null || (authority != null && authority.contains("@"))) {
            throw new TypeConversionException("a Jira URL may not hold a user name or password (the part before"
                    + " '@'); credentials come from the environment only: " + JiraOptions.credentialsHint());
        }
        return url;
    }
}
