package dev.orgd.core.policy;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;

/**
 * Checks a policy's {@code Content} against its type (research policies.md §6): the size first
 * (Unicode code points, decision D2; §4.1 order D7), then JSON well-formedness and the type's
 * grammar.
 */
public final class PolicyDocuments {
  private PolicyDocuments() {}

  /** The model's documentation sentence of the exception (decision D26), before the reason. */
  static final String MALFORMED =
      "The provided policy document doesn't meet the requirements of the specified policy type.";

  /** The real wording ([jpsize] in the research). */
  static final String TOO_LARGE = "You have exceeded the maximum policy size.";

  /**
   * Throws {@code ConstraintViolationException POLICY_CONTENT_LIMIT_EXCEEDED} when the content has
   * more code points than the type allows and {@code MalformedPolicyDocumentException} when it is
   * not one well-formed JSON object obeying the type's grammar.
   */
  public static void validate(PolicyType type, String content) {
    if (content == null || content.isEmpty()) {
      throw malformed("The policy document is empty.");
    }
    if (content.codePointCount(0, content.length()) > type.maxContentChars()) {
      throw OrgdException.constraint(
          ConstraintViolationReason.POLICY_CONTENT_LIMIT_EXCEEDED, TOO_LARGE);
    }
    Object document = parse(content);
    String problem =
        type.isAuthorization()
            ? IamGrammar.problem(type, document)
            : ManagementGrammar.problem(document);
    if (problem != null) {
      throw malformed(problem);
    }
  }

  /** Parses content as JSON; MalformedPolicyDocumentException when it is not well-formed. */
  static Object parse(String content) {
    try {
      return Json.parse(content);
    } catch (Json.SyntaxError e) {
      throw malformed("The policy is not valid JSON: " + e.getMessage() + ".");
    }
  }

  private static OrgdException malformed(String problem) {
    return new OrgdException(ErrorCode.MALFORMED_POLICY_DOCUMENT, MALFORMED + " " + problem);
  }
}
