package dev.orgd.core.policy;

/**
 * An SCP or RCP parsed once into statements with pre-compiled matchers, so that a request is
 * evaluated without parsing JSON. Immutable and thread-safe; {@link #of} caches by content.
 */
public final class CompiledPolicy {

  private CompiledPolicy() {}

  /** Compiles (or returns the cached compilation of) a valid SCP/RCP document. */
  public static CompiledPolicy of(String content) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
