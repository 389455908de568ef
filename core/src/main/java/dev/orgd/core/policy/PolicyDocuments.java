package dev.orgd.core.policy;

/**
 * Checks a policy's {@code Content} against its type (research policies.md §6): the size first
 * (code points, decision D2), then JSON well-formedness and the type's grammar.
 */
public final class PolicyDocuments {
  private PolicyDocuments() {}

  /**
   * Throws {@code ConstraintViolationException POLICY_CONTENT_LIMIT_EXCEEDED} when too long and
   * {@code MalformedPolicyDocumentException} when not a valid document of the type.
   */
  public static void validate(PolicyType type, String content) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
