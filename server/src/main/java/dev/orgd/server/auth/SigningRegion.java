package dev.orgd.server.auth;

import dev.orgd.core.model.Partition;
import dev.orgd.server.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region of a request's SigV4 credential scope ({@code <key>/<date>/<region>/<service>/
 * aws4_request}), from the {@code Authorization} header or a presigned URL's {@code
 * X-Amz-Credential}, and the partition it belongs to: the partition of every ARN an organization
 * created by that request shows. With {@code --auth sigv4} the scope was verified before this reads
 * it; without, it is taken as sent.
 */
public final class SigningRegion {
  private static final Pattern HEADER_SCOPE =
      Pattern.compile("^AWS4-HMAC-SHA256\\s.*?\\bCredential=[^/,\\s]+/[^/,\\s]*/([^/,\\s]+)/");
  private static final Pattern QUERY_SCOPE = Pattern.compile("^[^/]+/[^/]*/([^/]+)/");

  private SigningRegion() {
    throw new AssertionError("not instantiable");
  }

  /** The region of the request's credential scope, or null when it carries none. */
  public static String of(HttpRequest request) {
    String authorization = request.header("Authorization");
    if (authorization != null) {
      Matcher m = HEADER_SCOPE.matcher(authorization);
      return m.find() ? m.group(1) : null;
    }
    String credential = request.query().get("X-Amz-Credential");
    if (credential != null) {
      Matcher m = QUERY_SCOPE.matcher(credential);
      return m.find() ? m.group(1) : null;
    }
    return null;
  }

  /** The partition of the region the request was signed for; {@code aws} when unknown. */
  public static Partition partition(HttpRequest request) {
    return Partition.ofRegion(of(request));
  }
}
