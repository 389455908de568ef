package dev.orgd.server.testkit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A fault rule as a test posts it to {@code POST /_orgd/faults} (the format, read the same
 * in every language). Which calls: {@code operation} (an operation's name, or {@code "*"} for all)
 * and optionally the calling {@code account}. What to do, at least one of: {@code error} (an error
 * of the operation's model error list, with an optional {@code reason} for errors whose shape has
 * one and an optional {@code message}), {@code delayMs} (answer that much later), {@code
 * emptyPages} (for List operations: that many empty pages with a NextToken that resumes where the
 * client was). How often: the next {@code times} matching calls, or each matching call with {@code
 * probability} drawn from a generator seeded with {@code seed} (so a run repeats), or every
 * matching call until the rules are deleted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRule(
    @JsonProperty("operation") String operation,
    @JsonProperty("account") String account,
    @JsonProperty("error") String error,
    @JsonProperty("reason") String reason,
    @JsonProperty("message") String message,
    @JsonProperty("delayMs") Integer delayMs,
    @JsonProperty("emptyPages") Integer emptyPages,
    @JsonProperty("times") Integer times,
    @JsonProperty("probability") Double probability,
    @JsonProperty("seed") Long seed) {}
