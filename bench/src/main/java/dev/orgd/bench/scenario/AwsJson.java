package dev.orgd.bench.scenario;

import dev.orgd.bench.load.Request;
import java.nio.charset.StandardCharsets;

/**
 * Encodes AWS JSON 1.1 requests for the Organizations API as an SDK sends them: {@code POST /},
 * {@code X-Amz-Target: AWSOrganizationsV20161128.<Op>}, and a SigV4-shaped Authorization header
 * whose credential scope names the caller's access key id, region and service. The signature is not
 * a real one: orgd takes the caller from the access key id, and moto reads the service from the
 * credential scope, and neither checks the signature.
 */
public final class AwsJson {

  /** The target prefix of every Organizations operation. */
  public static final String TARGET_PREFIX = "AWSOrganizationsV20161128.";

  private static final String FAKE_SIGNATURE = "0".repeat(64);

  private final String host;

  /**
   * @param host the Host header value, {@code 127.0.0.1:port}
   */
  public AwsJson(String host) {
    this.host = host;
  }

  public String host() {
    return host;
  }

  /** A request for {@code operation} by the caller whose access key id is {@code accessKeyId}. */
  public Request request(String operation, String accessKeyId, String jsonBody, boolean wantsBody) {
    return new Request(operation, encode(operation, accessKeyId, jsonBody), wantsBody);
  }

  /** The request's bytes: request line, headers, blank line and body. */
  public byte[] encode(String operation, String accessKeyId, String jsonBody) {
    byte[] body = jsonBody.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST / HTTP/1.1\r\n"
            + "Host: "
            + host
            + "\r\n"
            + "Content-Type: application/x-amz-json-1.1\r\n"
            + "X-Amz-Target: "
            + TARGET_PREFIX
            + operation
            + "\r\n"
            + "X-Amz-Date: 20260101T000000Z\r\n"
            + "Authorization: "
            + authorization(accessKeyId)
            + "\r\n"
            + "User-Agent: orgd-bench\r\n"
            + "Content-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /** A SigV4-shaped Authorization header value for {@code accessKeyId} in us-east-1. */
  public static String authorization(String accessKeyId) {
    return "AWS4-HMAC-SHA256 Credential="
        + accessKeyId
        + "/20260101/us-east-1/organizations/aws4_request, "
        + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature="
        + FAKE_SIGNATURE;
  }

  /** Quotes {@code s} as a JSON string (the benchmark's values are plain ASCII). */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"').toString();
  }
}
