package dev.orgd.core.error;

import java.util.Objects;

/**
 * The one exception type of orgd's domain: an {@link ErrorCode}, a human message and, for the
 * shapes that have one, a {@link Reason}. The protocol layer turns it into an AWS error response in
 * exactly one place; nothing in the core knows about HTTP status codes.
 */
public final class OrgdException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final Reason reason;

  public OrgdException(ErrorCode code, String message, Reason reason) {
    super(message, null, false, false);
    this.code = Objects.requireNonNull(code);
    if (reason != null && (code.reasonType() == null || !code.reasonType().isInstance(reason))) {
      throw new IllegalArgumentException(reason + " is not a reason of " + code);
    }
    this.reason = reason;
  }

  public OrgdException(ErrorCode code, String message) {
    this(code, message, null);
  }

  public ErrorCode code() {
    return code;
  }

  /** The model's reason value, or {@code null} when there is none. */
  public Reason reason() {
    return reason;
  }

  public static OrgdException invalidInput(InvalidInputReason reason, String message) {
    return new OrgdException(ErrorCode.INVALID_INPUT, message, reason);
  }

  public static OrgdException handshakeConstraint(
      HandshakeConstraintReason reason, String message) {
    return new OrgdException(ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION, message, reason);
  }

  public static OrgdException constraint(ConstraintViolationReason reason, String message) {
    return new OrgdException(ErrorCode.CONSTRAINT_VIOLATION, message, reason);
  }

  public static OrgdException notInUse() {
    return new OrgdException(
        ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE, "Your account is not a member of an organization.");
  }

  public static OrgdException accessDenied() {
    return new OrgdException(
        ErrorCode.ACCESS_DENIED, "You don't have permissions to access this resource.");
  }

  public static OrgdException handshakeNotFound() {
    return new OrgdException(
        ErrorCode.HANDSHAKE_NOT_FOUND,
        "We can't find a handshake with the HandshakeId that you specified.");
  }

  public static OrgdException accountNotFound() {
    return new OrgdException(
        ErrorCode.ACCOUNT_NOT_FOUND, "You specified an account that doesn't exist.");
  }

  public static OrgdException concurrentModification() {
    return new OrgdException(
        ErrorCode.CONCURRENT_MODIFICATION,
        "AWS Organizations can't complete your request because it conflicts with another attempt"
            + " to modify the same entity. Try again later.");
  }

  /** A failure of orgd itself (storage down, a bug): the client sees ServiceException, HTTP 500. */
  public static OrgdException service(String message) {
    return new OrgdException(ErrorCode.SERVICE, message);
  }
}
