package dev.orgd.server.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.server.http.HttpResponse;
import java.util.Map;

/**
 * The one place that turns an error into an HTTP response, and the only one that maps an {@link
 * ErrorCode} to an HTTP status (an ArchUnit rule keeps it so). AWS errors get the status, the
 * {@code x-amzn-ErrorType} header and the body {@code {"__type", "Message", "Reason"}} ({@code
 * Reason} only when there is one, which only the shapes that model it can carry); the control
 * plane's errors are {@code {"error": "..."}}.
 */
public final class ErrorRenderer {
  public static final String CONTENT_TYPE = "application/x-amz-json-1.1";
  private static final String CONTROL_CONTENT_TYPE = "application/json";

  private final JsonCodec codec;

  public ErrorRenderer(JsonCodec codec) {
    this.codec = codec;
  }

  public HttpResponse render(OrgdException e) {
    ObjectNode body = codec.mapper().createObjectNode();
    body.put("__type", e.code().wireName());
    body.put("Message", e.getMessage() == null ? e.code().wireName() : e.getMessage());
    if (e.reason() != null) {
      body.put("Reason", e.reason().name());
    }
    return new HttpResponse(
        status(e.code()),
        Map.of("Content-Type", CONTENT_TYPE, "x-amzn-ErrorType", e.code().wireName()),
        codec.encode(body));
  }

  /** Answers the AWS service's throttling error, which every SDK retries. */
  public HttpResponse overloaded() {
    return render(
        new OrgdException(
            ErrorCode.TOO_MANY_REQUESTS,
            "You have sent too many requests in too short a period of time. Try again later."));
  }

  /**
   * A request the engine could not read (not HTTP, or too large) as a SerializationException, the
   * error of a body the service cannot parse, with the engine's status (400 or 413).
   */
  public HttpResponse refused(int status, String why) {
    HttpResponse error = render(new OrgdException(ErrorCode.SERIALIZATION, why));
    return new HttpResponse(status, error.headers(), error.body());
  }

  /**
   * A request that is neither an AWS call nor a route of the control plane: 404, as an
   * UnknownOperationException that any AWS SDK parses (with {@code message} as botocore and the
   * other SDKs read it first), rather than a body only curl understands.
   */
  public HttpResponse unknownRoute(String method, String path) {
    ObjectNode body = codec.mapper().createObjectNode();
    body.put("__type", ErrorCode.UNKNOWN_OPERATION.wireName());
    body.put("message", "orgd has no route " + method + " " + path);
    return new HttpResponse(
        404,
        Map.of(
            "Content-Type",
            CONTENT_TYPE,
            "x-amzn-ErrorType",
            ErrorCode.UNKNOWN_OPERATION.wireName()),
        codec.encode(body));
  }

  /**
   * A control-plane error of the store behind it: 500 when it failed (its database is away), 409
   * when it lost a race it retried, 400 otherwise.
   */
  public HttpResponse control(OrgdException e) {
    int status =
        switch (e.code()) {
          case SERVICE -> 500;
          case CONCURRENT_MODIFICATION -> 409;
          default -> 400;
        };
    return control(status, e.getMessage());
  }

  /** A control-plane error with the status its route chose (400, 401, 404). */
  public HttpResponse control(int status, String message) {
    ObjectNode body = codec.mapper().createObjectNode();
    body.put("error", message);
    return HttpResponse.json(status, codec.encode(body), CONTROL_CONTENT_TYPE);
  }

  /**
   * HTTP 400 for every client error and 500 for ServiceException: what the real service sends (the
   * API Reference, observed responses and the Java SDK's registry agree), and what botocore's
   * Organizations-specific retry rule for TooManyRequestsException keys on (CONTRACT section 1).
   * The Smithy model's httpError traits (403, 404, 409, 429) are not what the service sends.
   */
  static int status(ErrorCode code) {
    return switch (code) {
      case SERVICE -> 500;
      case AWS_ORGANIZATIONS_NOT_IN_USE,
          ACCESS_DENIED,
          ACCESS_DENIED_FOR_DEPENDENCY,
          ACCOUNT_ALREADY_CLOSED,
          ACCOUNT_ALREADY_REGISTERED,
          ACCOUNT_NOT_FOUND,
          ACCOUNT_NOT_REGISTERED,
          ACCOUNT_OWNER_NOT_VERIFIED,
          ALREADY_IN_ORGANIZATION,
          CHILD_NOT_FOUND,
          CONCURRENT_MODIFICATION,
          CONFLICT,
          CONSTRAINT_VIOLATION,
          CREATE_ACCOUNT_STATUS_NOT_FOUND,
          DESTINATION_PARENT_NOT_FOUND,
          DUPLICATE_ACCOUNT,
          DUPLICATE_HANDSHAKE,
          DUPLICATE_ORGANIZATIONAL_UNIT,
          DUPLICATE_POLICY_ATTACHMENT,
          DUPLICATE_POLICY,
          EFFECTIVE_POLICY_NOT_FOUND,
          FINALIZING_ORGANIZATION,
          HANDSHAKE_ALREADY_IN_STATE,
          HANDSHAKE_CONSTRAINT_VIOLATION,
          HANDSHAKE_NOT_FOUND,
          INVALID_HANDSHAKE_TRANSITION,
          INVALID_INPUT,
          INVALID_RESPONSIBILITY_TRANSFER_TRANSITION,
          MALFORMED_POLICY_DOCUMENT,
          MASTER_CANNOT_LEAVE_ORGANIZATION,
          ORGANIZATION_NOT_EMPTY,
          ORGANIZATIONAL_UNIT_NOT_EMPTY,
          ORGANIZATIONAL_UNIT_NOT_FOUND,
          PARENT_NOT_FOUND,
          POLICY_CHANGES_IN_PROGRESS,
          POLICY_IN_USE,
          POLICY_NOT_ATTACHED,
          POLICY_NOT_FOUND,
          POLICY_TYPE_ALREADY_ENABLED,
          POLICY_TYPE_NOT_AVAILABLE_FOR_ORGANIZATION,
          POLICY_TYPE_NOT_ENABLED,
          RESOURCE_POLICY_NOT_FOUND,
          RESPONSIBILITY_TRANSFER_ALREADY_IN_STATUS,
          RESPONSIBILITY_TRANSFER_NOT_FOUND,
          ROOT_NOT_FOUND,
          SOURCE_PARENT_NOT_FOUND,
          TARGET_NOT_FOUND,
          TOO_MANY_REQUESTS,
          UNSUPPORTED_A_P_I_ENDPOINT,
          UNKNOWN_OPERATION,
          SERIALIZATION,
          MISSING_AUTHENTICATION_TOKEN,
          INCOMPLETE_SIGNATURE,
          INVALID_SIGNATURE,
          UNRECOGNIZED_CLIENT ->
          400;
    };
  }
}
