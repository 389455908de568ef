package dev.orgd.junit5;

import dev.orgd.server.testkit.FaultRule;
import dev.orgd.server.testkit.Faults;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The fault rules of an in-process orgd, with a fluent builder for each rule (the same rules as
 * {@code POST /_orgd/faults}):
 *
 * <pre>{@code
 * orgd.faults().on("DescribeOrganization").forAccount("111111111111")
 *     .error("TooManyRequestsException").times(2).add();
 * orgd.faults().on("ListHandshakesForOrganization").emptyPages(3).add();
 * orgd.faults().onAnyOperation().delay(Duration.ofMillis(200)).probability(0.1, 7).add();
 * }</pre>
 */
public final class FaultRules {
  private final Faults faults;

  FaultRules(Faults faults) {
    this.faults = faults;
  }

  /** A rule for the calls of one operation. */
  public Rule on(String operation) {
    return new Rule(faults, operation);
  }

  /** A rule for the calls of every operation. */
  public Rule onAnyOperation() {
    return new Rule(faults, "*");
  }

  /** The rules, each as {@code GET /_orgd/faults} shows it (with {@code fired}). */
  public List<Map<String, Object>> list() {
    return faults.list();
  }

  /** How often the rule {@code id} fired. */
  public long fired(String id) {
    return list().stream()
        .filter(rule -> id.equals(rule.get("id")))
        .map(rule -> ((Number) rule.get("fired")).longValue())
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no fault rule " + id));
  }

  /** Removes every rule. */
  public void clear() {
    faults.clear();
  }

  /** One rule being built; {@link #add} puts it in place. */
  public static final class Rule {
    private final Faults faults;
    private final String operation;
    private String account;
    private String error;
    private String reason;
    private String message;
    private Integer delayMs;
    private Integer emptyPages;
    private Integer times;
    private Double probability;
    private Long seed;

    private Rule(Faults faults, String operation) {
      this.faults = faults;
      this.operation = operation;
    }

    /** Only calls by this account. */
    public Rule forAccount(String accountId) {
      this.account = accountId;
      return this;
    }

    /** Answers this error of the operation's model error list (with its model's first Reason). */
    public Rule error(String errorCode) {
      this.error = errorCode;
      return this;
    }

    /** Answers this error with this Reason. */
    public Rule error(String errorCode, String reason) {
      this.error = errorCode;
      this.reason = reason;
      return this;
    }

    /** The error's message instead of AWS's. */
    public Rule message(String message) {
      this.message = message;
      return this;
    }

    /** TooManyRequestsException, as AWS throttles. */
    public Rule throttle() {
      return error("TooManyRequestsException");
    }

    /** Answers this much later. */
    public Rule delay(Duration delay) {
      this.delayMs = Math.toIntExact(delay.toMillis());
      return this;
    }

    /** For a List operation: this many empty pages with a NextToken that goes on where it was. */
    public Rule emptyPages(int pages) {
      this.emptyPages = pages;
      return this;
    }

    /** The next {@code n} matching calls only. */
    public Rule times(int n) {
      this.times = n;
      return this;
    }

    /**
     * Each matching call with this probability, drawn from a generator seeded with {@code seed}.
     */
    public Rule probability(double probability, long seed) {
      this.probability = probability;
      this.seed = seed;
      return this;
    }

    /**
     * Puts the rule in place; returns its id. A rule that cannot work is an {@link
     * IllegalArgumentException} that says why.
     */
    public String add() {
      return faults.add(
          new FaultRule(
              operation,
              account,
              error,
              reason,
              message,
              delayMs,
              emptyPages,
              times,
              probability,
              seed));
    }
  }
}
