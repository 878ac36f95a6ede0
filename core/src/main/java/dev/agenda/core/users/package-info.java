/**
 * People as pages name them, and the port that says who they are. A page refers to a person by a {@link UserRef}
 * (username, user key or account id); the {@link UserDirectory} port resolves it to a {@link User}, and a
 * {@link Person} is the result, known or not (an unknown one shows as Confluence shows it,
 * {@code Unknown User (name)}).
 *
 * <p>Implementations of the port live elsewhere (the plugin's user accessor) or here: {@link InMemoryUserDirectory},
 * filled by {@link CsvUserDirectoryReader} for the command line. No Atlassian types: only core's {@code storage}.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.users;

import org.jspecify.annotations.NullMarked;
