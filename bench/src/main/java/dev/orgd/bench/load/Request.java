package dev.orgd.bench.load;

import java.util.Objects;

/**
 * One HTTP/1.1 request, already encoded to bytes so that the load generator only copies it onto the
 * wire.
 *
 * @param label what it is (an operation name), for error messages
 * @param bytes the whole request: request line, headers and body
 * @param wantsBody whether the scenario reads the response body (otherwise it is skipped)
 */
public record Request(String label, byte[] bytes, boolean wantsBody) {
  public Request {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(bytes, "bytes");
  }
}
