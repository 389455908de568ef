package dev.orgd.server.auth;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.server.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a request says about its SigV4 signature, from its {@code Authorization} header or, for a
 * presigned URL, its {@code X-Amz-*} query parameters. Parsing checks the form only; {@link
 * SigV4Verifier} checks the key, the time and the signature. A malformed signature is
 * IncompleteSignatureException with the wording AWS uses.
 *
 * @param accessKeyId the key id of the credential scope
 * @param scopeDate the scope's date ({@code yyyyMMdd})
 * @param region the scope's region (any region is accepted)
 * @param service the scope's service
 * @param terminator the scope's last element ({@code aws4_request})
 * @param signedHeaders the lower-case names of the signed headers, in the order given
 * @param signature the hex signature
 * @param amzDate when the request was signed, as signed ({@code yyyyMMdd'T'HHmmss'Z'})
 * @param signedAt {@code amzDate} as an instant
 * @param expires how long a presigned URL is valid; null for a signed header
 */
record SigV4Signature(
    String accessKeyId,
    String scopeDate,
    String region,
    String service,
    String terminator,
    List<String> signedHeaders,
    String signature,
    String amzDate,
    Instant signedAt,
    Duration expires) {

  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** The request's signature; MissingAuthenticationTokenException when it carries none. */
  static SigV4Signature of(HttpRequest request) {
    String authorization = request.header("Authorization");
    if (authorization != null) {
      return fromHeader(authorization, request);
    }
    if (request.query().containsKey("X-Amz-Algorithm")
        || request.query().containsKey("X-Amz-Credential")) {
      return fromQuery(request.query());
    }
    throw new OrgdException(ErrorCode.MISSING_AUTHENTICATION_TOKEN, "Missing Authentication Token");
  }

  /** The scope as it is signed: {@code date/region/service/aws4_request}. */
  String scope() {
    return scopeDate + "/" + region + "/" + service + "/" + terminator;
  }

  boolean presigned() {
    return expires != null;
  }

  private static SigV4Signature fromHeader(String authorization, HttpRequest request) {
    String amzDate = headerDate(request);
    Map<String, String> params =
        authorization.startsWith(ALGORITHM + " ") ? headerParameters(authorization) : Map.of();
    StringBuilder missing = new StringBuilder();
    for (String name : List.of("Credential", "Signature", "SignedHeaders")) {
      String value = params.get(name);
      if (value == null || value.isEmpty()) {
        missing.append("Authorization header requires '").append(name).append("' parameter. ");
      }
    }
    if (amzDate == null) {
      missing.append(
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
    }
    if (missing.length() > 0) {
      throw incomplete(missing + "Authorization=" + authorization);
    }
    return build(
        params.get("Credential"),
        params.get("SignedHeaders"),
        params.get("Signature"),
        amzDate,
        null);
  }

  private static SigV4Signature fromQuery(Map<String, String> query) {
    String algorithm = query.get("X-Amz-Algorithm");
    StringBuilder missing = new StringBuilder();
    for (String name :
        List.of(
            "X-Amz-Algorithm",
            "X-Amz-Credential",
            "X-Amz-Signature",
            "X-Amz-SignedHeaders",
            "X-Amz-Date",
            "X-Amz-Expires")) {
      if (query.get(name) == null || query.get(name).isEmpty()) {
        missing.append("AWS query-string parameters must include '").append(name).append("'. ");
      }
    }
    if (missing.length() > 0) {
      throw incomplete(missing + "Re-examine the query-string parameters.");
    }
    if (!ALGORITHM.equals(algorithm)) {
      throw incomplete("Unsupported AWS 'algorithm': '" + algorithm + "'.");
    }
    Duration expires = expires(query.get("X-Amz-Expires"));
    return build(
        query.get("X-Amz-Credential"),
        query.get("X-Amz-SignedHeaders"),
        query.get("X-Amz-Signature"),
        query.get("X-Amz-Date"),
        expires);
  }

  private static SigV4Signature build(
      String credential, String signedHeaders, String signature, String amzDate, Duration expires) {
    String[] scope = credential.split("/", -1);
    if (scope.length != 5) {
      throw incomplete(
          "Credential must have exactly 5 slash-delimited elements, e.g."
              + " keyid/date/region/service/term, got '"
              + credential
              + "'");
    }
    List<String> headers = new ArrayList<>();
    for (String name : signedHeaders.split(";", -1)) {
      headers.add(name.strip().toLowerCase(Locale.ROOT));
    }
    return new SigV4Signature(
        scope[0],
        scope[1],
        scope[2],
        scope[3],
        scope[4],
        List.copyOf(headers),
        signature.strip(),
        amzDate,
        signedAt(amzDate),
        expires);
  }

  /** {@code Credential=…, SignedHeaders=…, Signature=…} after the algorithm, by name. */
  private static Map<String, String> headerParameters(String authorization) {
    Map<String, String> params = new LinkedHashMap<>();
    int space = authorization.indexOf(' ');
    if (space < 0) {
      return params;
    }
    for (String part : authorization.substring(space + 1).split(",")) {
      String pair = part.strip();
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq < 0) {
        throw incomplete(
            "'"
                + pair
                + "' not a valid key=value pair (missing equal-sign) in Authorization header: '"
                + authorization
                + "'.");
      }
      params.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    return params;
  }

  /** X-Amz-Date, else the HTTP Date header in the same basic ISO-8601 form; null if neither. */
  private static String headerDate(HttpRequest request) {
    String amzDate = request.header("X-Amz-Date");
    if (amzDate != null) {
      return amzDate.strip();
    }
    String date = request.header("Date");
    if (date == null) {
      return null;
    }
    try {
      return AMZ_DATE.format(
          ZonedDateTime.parse(date.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (DateTimeParseException e) {
      throw incomplete("Date must be in RFC 1123 format. Got '" + date + "'.");
    }
  }

  private static Instant signedAt(String amzDate) {
    try {
      return Instant.from(AMZ_DATE.parse(amzDate));
    } catch (DateTimeParseException e) {
      throw incomplete(
          "Date must be in ISO-8601 'basic format'. Got '"
              + amzDate
              + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }
  }

  private static Duration expires(String seconds) {
    try {
      long value = Long.parseLong(seconds);
      if (value >= 1 && value <= Duration.ofDays(7).toSeconds()) {
        return Duration.ofSeconds(value);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw incomplete(
        "X-Amz-Expires must be a number of seconds from 1 to 604800. Got '" + seconds + "'.");
  }

  private static OrgdException incomplete(String message) {
    return new OrgdException(ErrorCode.INCOMPLETE_SIGNATURE, message);
  }
}
