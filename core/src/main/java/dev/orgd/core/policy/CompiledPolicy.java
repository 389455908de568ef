package dev.orgd.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An SCP or RCP parsed once into statements with ready matchers, so that a request is evaluated
 * without touching JSON. Immutable and thread-safe. {@link #of} caches compilations by content;
 * callers that know a policy's id and version can also keep the result themselves.
 */
public final class CompiledPolicy {
  private static final int CACHE_LIMIT = 4096;
  private static final Map<String, CompiledPolicy> CACHE = new ConcurrentHashMap<>();

  private final List<CompiledStatement> denies;
  private final List<CompiledStatement> allows;

  private CompiledPolicy(List<CompiledStatement> denies, List<CompiledStatement> allows) {
    this.denies = denies;
    this.allows = allows;
  }

  /**
   * Compiles (or returns the cached compilation of) an SCP or RCP document. The document is
   * expected to have passed {@link PolicyDocuments#validate}; JSON that is not a policy is an
   * {@link IllegalArgumentException}.
   */
  public static CompiledPolicy of(String content) {
    CompiledPolicy cached = CACHE.get(content);
    if (cached != null) {
      return cached;
    }
    CompiledPolicy compiled = compile(content);
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear(); // crude but bounded; an organization has far fewer distinct SCPs than this
    }
    CACHE.put(content, compiled);
    return compiled;
  }

  /** Compiles without the cache. */
  public static CompiledPolicy compile(String content) {
    Object document;
    try {
      document = Json.parse(content);
    } catch (Json.SyntaxError e) {
      throw new IllegalArgumentException("not a JSON policy: " + e.getMessage());
    }
    if (!(document instanceof Map<?, ?> top) || top.get("Statement") == null) {
      throw new IllegalArgumentException("not an IAM policy document");
    }
    Object statement = top.get("Statement");
    List<?> statements = statement instanceof List<?> l ? l : List.of(statement);
    List<CompiledStatement> denies = new ArrayList<>();
    List<CompiledStatement> allows = new ArrayList<>();
    for (Object s : statements) {
      if (!(s instanceof Map<?, ?> st)) {
        throw new IllegalArgumentException("a statement is not an object");
      }
      CompiledStatement c = CompiledStatement.compile(st);
      if ("Deny".equals(st.get("Effect"))) {
        denies.add(c);
      } else if ("Allow".equals(st.get("Effect"))) {
        allows.add(c);
      } else {
        throw new IllegalArgumentException("Effect must be Allow or Deny");
      }
    }
    return new CompiledPolicy(List.copyOf(denies), List.copyOf(allows));
  }

  /** True when a Deny statement matches the request. {@code action} is lower-cased. */
  boolean denies(String action, RequestContext ctx) {
    return anyMatches(denies, action, ctx);
  }

  /** True when an Allow statement matches the request. {@code action} is lower-cased. */
  boolean allows(String action, RequestContext ctx) {
    return anyMatches(allows, action, ctx);
  }

  private static boolean anyMatches(
      List<CompiledStatement> statements, String action, RequestContext ctx) {
    for (CompiledStatement s : statements) {
      if (s.matches(action, ctx)) {
        return true;
      }
    }
    return false;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
