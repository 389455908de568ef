package dev.orgd.server.testkit;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.error.Reason;
import dev.orgd.core.model.AccountId;
import dev.orgd.server.protocol.ServiceModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fault rules of one server (CONTRACT: not part of AWS): tests add them through the control
 * plane, and the AWS dispatcher asks {@link #fire} before each call. The first rule, in the order
 * they were added, that matches the call and whose count or draw lets it fire, decides. With no
 * rule the check is one volatile read.
 */
public final class Faults {
  /** What an empty page's NextToken starts with; the dispatcher unwraps the client's token. */
  public static final String TOKEN_PREFIX = "orgd-fault-page:";

  private static final long MAX_DELAY_MS = 60_000;

  private final ServiceModel model;
  private final Set<String> operations;
  private final AtomicLong ids = new AtomicLong();
  private volatile Rule[] rules = new Rule[0];

  /**
   * @param model the service model, for each operation's errors and output
   * @param operations the operations orgd implements (a rule may name only those, or "*")
   */
  public Faults(ServiceModel model, Set<String> operations) {
    this.model = model;
    this.operations = Set.copyOf(operations);
  }

  /**
   * Adds a rule; returns its id. A rule that cannot work is an {@link IllegalArgumentException}.
   */
  public String add(FaultRule spec) {
    Rule rule = validated(spec);
    synchronized (this) {
      Rule[] more = Arrays.copyOf(rules, rules.length + 1);
      more[rules.length] = rule;
      rules = more;
    }
    return rule.id;
  }

  /** Every rule with how often it fired, in the order they were added. */
  public List<Map<String, Object>> list() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Rule rule : rules) {
      out.add(rule.view());
    }
    return out;
  }

  /** Removes every rule. */
  public synchronized void clear() {
    rules = new Rule[0];
  }

  /** How many rules there are. */
  public int size() {
    return rules.length;
  }

  /** The fault to inject into a call of {@code operation} by {@code caller}, or null. */
  public Firing fire(String operation, AccountId caller) {
    Rule[] current = rules;
    for (Rule rule : current) {
      Firing firing = rule.fire(operation, caller);
      if (firing != null) {
        return firing;
      }
    }
    return null;
  }

  /** Whether {@code operation} pages (its output has a NextToken). */
  public boolean pages(String operation) {
    String output = model.outputShape(operation);
    return output != null && model.shape(output).members().containsKey("NextToken");
  }

  /** The list members of a List operation's output, which an empty page sends empty. */
  public List<String> listMembers(String operation) {
    List<String> lists = new ArrayList<>();
    model
        .shape(model.outputShape(operation))
        .members()
        .forEach(
            (name, shape) -> {
              if ("list".equals(model.shape(shape).type())) {
                lists.add(name);
              }
            });
    return lists;
  }

  private Rule validated(FaultRule spec) {
    String operation = spec.operation();
    if (operation == null) {
      throw new IllegalArgumentException("operation is required: an operation's name or \"*\"");
    }
    boolean all = operation.equals("*");
    if (!all && !operations.contains(operation)) {
      throw new IllegalArgumentException("orgd has no operation " + operation);
    }
    if (spec.account() != null && !AccountId.isValid(spec.account())) {
      throw new IllegalArgumentException("account must be 12 digits");
    }
    if (spec.error() == null && spec.delayMs() == null && spec.emptyPages() == null) {
      throw new IllegalArgumentException("a rule needs error, delayMs or emptyPages");
    }
    if (spec.delayMs() != null && (spec.delayMs() < 0 || spec.delayMs() > MAX_DELAY_MS)) {
      throw new IllegalArgumentException("delayMs must be 0 to " + MAX_DELAY_MS);
    }
    if (spec.times() != null && spec.times() < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    if (spec.probability() != null && !(spec.probability() > 0 && spec.probability() <= 1)) {
      throw new IllegalArgumentException("probability must be above 0 and at most 1");
    }
    if (spec.times() != null && spec.probability() != null) {
      throw new IllegalArgumentException("give times or probability, not both");
    }
    if (spec.seed() != null && spec.probability() == null) {
      throw new IllegalArgumentException("seed goes with probability");
    }
    if (spec.reason() != null && spec.error() == null) {
      throw new IllegalArgumentException("reason goes with error");
    }
    if (spec.message() != null && spec.error() == null) {
      throw new IllegalArgumentException("message goes with error");
    }
    int remaining = spec.times() == null ? -1 : spec.times();
    if (spec.emptyPages() != null) {
      if (spec.error() != null || spec.times() != null) {
        throw new IllegalArgumentException("emptyPages goes with neither error nor times");
      }
      if (spec.emptyPages() < 1) {
        throw new IllegalArgumentException("emptyPages must be at least 1");
      }
      if (all || !pages(operation)) {
        throw new IllegalArgumentException(
            "emptyPages needs a List operation that pages (its output has NextToken)");
      }
      remaining = spec.emptyPages();
    }
    ErrorCode code = spec.error() == null ? null : errorCode(operation, spec.error());
    Reason reason = code == null ? null : reason(code, spec.reason());
    return new Rule(
        "f-" + ids.incrementAndGet(),
        spec,
        all ? null : operation,
        spec.account() == null ? null : new AccountId(spec.account()),
        code == null ? null : new OrgdException(code, message(code, spec.message()), reason),
        remaining,
        spec.probability() == null ? null : new Random(spec.seed() == null ? 0 : spec.seed()));
  }

  /** The error, which the operation's model lists ("*": which every operation lists). */
  private ErrorCode errorCode(String operation, String error) {
    Set<String> allowed = new TreeSet<>();
    if (operation.equals("*")) {
      if (!operations.isEmpty()) {
        allowed.addAll(model.errors(operations.iterator().next()));
      }
      for (String op : operations) {
        allowed.retainAll(model.errors(op));
      }
    } else {
      allowed.addAll(model.errors(operation));
    }
    if (!allowed.contains(error)) {
      throw new IllegalArgumentException(
          error + " is not an error of " + operation + "; it has " + allowed);
    }
    for (ErrorCode code : ErrorCode.values()) {
      if (code.wireName().equals(error)) {
        return code;
      }
    }
    throw new IllegalArgumentException("orgd cannot send " + error);
  }

  /** The reason to send: the one asked for, or the model's first; null for errors without one. */
  private Reason reason(ErrorCode code, String asked) {
    List<String> values = reasons(code);
    if (values.isEmpty()) {
      if (asked != null) {
        throw new IllegalArgumentException(code.wireName() + " has no Reason");
      }
      return null;
    }
    String value = asked == null ? values.get(0) : asked;
    if (!values.contains(value)) {
      throw new IllegalArgumentException(
          "reason of " + code.wireName() + " must be one of " + values);
    }
    for (Object constant : code.reasonType().getEnumConstants()) {
      if (((Reason) constant).name().equals(value)) {
        return (Reason) constant;
      }
    }
    throw new IllegalArgumentException("orgd cannot send the reason " + value);
  }

  private List<String> reasons(ErrorCode code) {
    if (code.reasonType() == null || !model.shapes().containsKey(code.wireName())) {
      return List.of();
    }
    String shape = model.shape(code.wireName()).members().get("Reason");
    return shape == null ? List.of() : model.shape(shape).enumValues();
  }

  /** The message AWS sends with the error where it is known, else one that names orgd. */
  private static String message(ErrorCode code, String asked) {
    if (asked != null) {
      return asked;
    }
    return switch (code) {
      case TOO_MANY_REQUESTS ->
          "AWS Organizations can't complete your request because another request is already in"
              + " progress. Try again later.";
      case CONCURRENT_MODIFICATION ->
          "AWS Organizations can't complete your request because it conflicts with another"
              + " attempt to modify the same entity. Try again later.";
      case SERVICE ->
          "AWS Organizations can't complete your request because of an internal service error."
              + " Try again later.";
      default -> code.wireName() + " (injected by orgd)";
    };
  }

  /** One rule and its counts; it fires under its own lock, so counts and draws stay exact. */
  private static final class Rule {
    final String id;
    final FaultRule spec;
    final String operation;
    final AccountId account;
    final OrgdException error;
    final Random random;
    int remaining; // -1: no limit
    long fired;

    Rule(
        String id,
        FaultRule spec,
        String operation,
        AccountId account,
        OrgdException error,
        int remaining,
        Random random) {
      this.id = id;
      this.spec = spec;
      this.operation = operation;
      this.account = account;
      this.error = error;
      this.remaining = remaining;
      this.random = random;
    }

    Firing fire(String op, AccountId caller) {
      if ((operation != null && !operation.equals(op))
          || (account != null && !account.equals(caller))) {
        return null;
      }
      synchronized (this) {
        if (remaining == 0) {
          return null;
        }
        if (random != null && random.nextDouble() >= spec.probability()) {
          return null;
        }
        if (remaining > 0) {
          remaining--;
        }
        fired++;
        long delay = spec.delayMs() == null ? 0 : spec.delayMs();
        return new Firing(id, delay, error, spec.emptyPages() != null, fired);
      }
    }

    synchronized Map<String, Object> view() {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("id", id);
      view.put("operation", spec.operation());
      putIfSet(view, "account", spec.account());
      putIfSet(view, "error", spec.error());
      putIfSet(
          view, "reason", error == null || error.reason() == null ? null : error.reason().name());
      putIfSet(view, "message", spec.message());
      putIfSet(view, "delayMs", spec.delayMs());
      putIfSet(view, "emptyPages", spec.emptyPages());
      putIfSet(view, "times", spec.times());
      putIfSet(view, "probability", spec.probability());
      putIfSet(view, "seed", spec.seed());
      view.put("fired", fired);
      if (remaining >= 0) {
        view.put("remaining", remaining);
      }
      return view;
    }

    private static void putIfSet(Map<String, Object> view, String key, Object value) {
      if (value != null) {
        view.put(key, value);
      }
    }
  }
}
