/**
 * Jira's JSON and URLs, and every difference between Data Center and Cloud. {@link JiraDialect}
 * ({@link DataCenterDialect}, REST v2; {@link CloudDialect}, REST v3) holds the API root, description format
 * ({@link WikiMarkup} or {@link AtlassianDocument}), user references and look-up, and search paging;
 * {@link JiraReader} and {@link JiraWriter} map between Jira's JSON and core's tracker model, treating whatever Jira
 * may omit or null as optional and a missing id or key as an unreadable answer. {@link Query} encodes URL parts.
 *
 * <p>Pure mapping with no I/O: depends on core's {@code tracker} values, core's issue keys (an answer's issue key must
 * be one as Jira writes it) and Jackson only.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.jira.wire;

import org.jspecify.annotations.NullMarked;
