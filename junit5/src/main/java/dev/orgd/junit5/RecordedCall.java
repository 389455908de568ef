package dev.orgd.junit5;

import java.time.Instant;

/**
 * One AWS call an in-process orgd answered, as {@code GET /_orgd/requests} shows it.
 *
 * @param account the calling account, or null when it could not be resolved
 * @param errorCode the AWS error's name, or null for a success
 */
public record RecordedCall(
    Instant time,
    String requestId,
    String account,
    String operation,
    int status,
    String errorCode,
    double latencyMs) {

  /** Whether the call succeeded. */
  public boolean ok() {
    return errorCode == null;
  }
}
