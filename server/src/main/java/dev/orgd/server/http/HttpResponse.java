package dev.orgd.server.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP response: status, headers (Content-Length is added by the engine) and body, and how long
 * the engine waits before it writes it ({@code delayMillis}, for an injected slow call: the wait is
 * scheduled on the connection's event loop, no thread sleeps).
 *
 * <p>The response takes the body array it is given, without a copy (a list page is twelve
 * kilobytes): whoever builds a response hands the array over and does not change it afterwards.
 * What the response gives out ({@link #body()}) is a copy.
 */
public record HttpResponse(int status, Map<String, String> headers, byte[] body, long delayMillis) {

  public HttpResponse {
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
    if (delayMillis < 0) {
      throw new IllegalArgumentException("negative delay");
    }
  }

  /** A response written as soon as it is ready. */
  public HttpResponse(int status, Map<String, String> headers, byte[] body) {
    this(status, headers, body, 0);
  }

  /** The same response, written {@code millis} later. */
  public HttpResponse delayed(long millis) {
    return new HttpResponse(status, headers, body, millis);
  }

  public static HttpResponse json(int status, byte[] body, String contentType) {
    return new HttpResponse(status, Map.of("Content-Type", contentType), body);
  }

  /** The same response with one more header. */
  public HttpResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new HttpResponse(status, more, body, delayMillis);
  }

  /** A copy of the body. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The body itself, for the engine to write: it never changes it. */
  byte[] bodyBytes() {
    return body;
  }

  public int bodyLength() {
    return body.length;
  }

  /** The body as UTF-8 text (for tests and logs). */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HttpResponse r
        && status == r.status
        && headers.equals(r.headers)
        && Arrays.equals(body, r.body)
        && delayMillis == r.delayMillis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, headers, Arrays.hashCode(body), delayMillis);
  }

  @Override
  public String toString() {
    return status + " (" + body.length + " bytes)";
  }
}
