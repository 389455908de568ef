package dev.orgd.server.testkit;

import dev.orgd.core.error.OrgdException;

/**
 * What a fault rule that fired does to one call: wait {@code delayMillis} before answering, and
 * then answer {@code error} (when set), an empty page (when {@code emptyPage}), or the call's own
 * answer.
 *
 * @param ruleId the rule that fired
 * @param pageNumber for an empty page, how many empty pages the rule has served, this one included
 *     (it makes each page's NextToken differ from the one before, which paginators require)
 */
public record Firing(
    String ruleId, long delayMillis, OrgdException error, boolean emptyPage, long pageNumber) {}
