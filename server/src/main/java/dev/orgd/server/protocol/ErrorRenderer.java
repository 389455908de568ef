package dev.orgd.server.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.server.http.HttpResponse;
import java.util.Map;

/**
 * The one place that turns an {@link OrgdException} into an AWS JSON 1.1 error response: the HTTP
 * status, the {@code x-amzn-ErrorType} header and the body {@code {"__type", "Message", "Reason"}}
 * ({@code Reason} only when there is one, which only the shapes that model it can carry).
 */
public final class ErrorRenderer {
  public static final String CONTENT_TYPE = "application/x-amz-json-1.1";

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

  /**
   * HTTP 400 for every client error and 500 for ServiceException: what the real service sends (the
   * API Reference, observed responses and the Java SDK's registry agree), and what botocore's
   * Organizations-specific retry rule for TooManyRequestsException keys on (CONTRACT section 1).
   * The Smithy model's httpError traits (403, 404, 409, 429) are not what the service sends.
   */
  public static int status(ErrorCode code) {
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
