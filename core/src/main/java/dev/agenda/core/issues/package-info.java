/**
 * Jira issue keys as they appear in page text. {@link IssueKey} is a parsed key; {@link JiraProjects} is the set of
 * projects known to exist, which decides whether a key written as plain text is an issue at all: meeting pages are
 * full of document handles shaped like keys (LDM-230, LDM-503-1), and only keys of known projects, standing alone,
 * are recognised.
 *
 * <p>Pure values with no dependencies beyond the JDK; talking to Jira is the {@code tracker} port's business.
 *
 * <p>Nullness: every type here is non-null unless marked {@code @Nullable} (JSpecify).
 */
@NullMarked
package dev.agenda.core.issues;

import org.jspecify.annotations.NullMarked;
