package dev.orgd.server.auth;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.AccountId;
import dev.orgd.server.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks AWS Signature Version 4 as AWS documents it ("Create a signed AWS API request"): the
 * canonical request from the method, path, query, signed headers and the payload's SHA-256, the
 * string to sign over the credential scope, and the HMAC chain from the key's secret. The checks
 * run in AWS's order, each with AWS's error: the signature's form (IncompleteSignature), the key
 * (UnrecognizedClient), the scope and the signing time within {@link #SKEW} of now
 * (InvalidSignature), then the signature itself (InvalidSignature).
 */
final class SigV4Verifier implements CallerResolver {
  static final String SERVICE = "organizations";

  /** How far a signing time may be from now, either way, as AWS allows. */
  static final Duration SKEW = Duration.ofMinutes(5);

  private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
  private static final HexFormat HEX = HexFormat.of();

  private final Credentials credentials;
  private final Clock clock;
  private final String service;

  SigV4Verifier(Credentials credentials, Clock clock, String service) {
    this.credentials = credentials;
    this.clock = clock;
    this.service = service;
  }

  @Override
  public AccountId caller(HttpRequest request) {
    SigV4Signature signed = SigV4Signature.of(request);
    Credential credential =
        credentials
            .find(signed.accessKeyId())
            .orElseThrow(
                () ->
                    new OrgdException(
                        ErrorCode.UNRECOGNIZED_CLIENT,
                        "The security token included in the request is invalid."));
    checkScope(signed);
    checkTime(signed, clock.instant());
    if (!matches(credential.secretAccessKey(), signed, request)) {
      throw invalid(
          "The request signature we calculated does not match the signature you provided. Check"
              + " your AWS Secret Access Key and signing method. Consult the service documentation"
              + " for details.");
    }
    return credential.account();
  }

  private void checkScope(SigV4Signature signed) {
    if (!signed.service().equals(service)) {
      throw invalid("Credential should be scoped to correct service: '" + service + "'. ");
    }
    if (!signed.terminator().equals("aws4_request")) {
      throw invalid(
          "Credential should be scoped with a valid terminator: 'aws4_request', not '"
              + signed.terminator()
              + "'. ");
    }
    if (!signed.amzDate().startsWith(signed.scopeDate())) {
      throw invalid(
          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from"
              + " HTTP: '"
              + signed.scopeDate()
              + "' != '"
              + signed.amzDate().substring(0, 8)
              + "', from '"
              + signed.amzDate()
              + "'.");
    }
    if (!signed.signedHeaders().contains("host")) {
      throw invalid("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }
  }

  /**
   * A signature is good from {@link #SKEW} ahead of now back to its window: SKEW, or a URL's
   * expiry.
   */
  private static void checkTime(SigV4Signature signed, Instant now) {
    Instant signedAt = signed.signedAt();
    Duration window = signed.presigned() ? signed.expires() : SKEW;
    String windowText = signed.presigned() ? window.toSeconds() + " sec." : "5 min.";
    if (signedAt.isBefore(now.minus(window))) {
      throw invalid(
          "Signature expired: "
              + signed.amzDate()
              + " is now earlier than "
              + format(now.minus(window))
              + " ("
              + format(now)
              + " - "
              + windowText
              + ")");
    }
    if (signedAt.isAfter(now.plus(SKEW))) {
      throw invalid(
          "Signature not yet current: "
              + signed.amzDate()
              + " is still later than "
              + format(now.plus(SKEW))
              + " ("
              + format(now)
              + " + 5 min.)");
    }
  }

  /** Whether {@code secret} signed this request, with one of the payload hashes it may sign. */
  private static boolean matches(String secret, SigV4Signature signed, HttpRequest request) {
    byte[] given = signed.signature().getBytes(StandardCharsets.US_ASCII);
    for (String payloadHash : payloadHashes(signed, request)) {
      String expected = signature(secret, signed, request, payloadHash);
      if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given)) {
        return true;
      }
    }
    return false;
  }

  /** The hex signature {@code secret} gives this request under {@code signed}'s scope. */
  static String signature(
      String secret, SigV4Signature signed, HttpRequest request, String payloadHash) {
    String stringToSign =
        SigV4Signature.ALGORITHM
            + "\n"
            + signed.amzDate()
            + "\n"
            + signed.scope()
            + "\n"
            + sha256Hex(
                canonicalRequest(signed, request, payloadHash).getBytes(StandardCharsets.UTF_8));
    byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), signed.scopeDate());
    key = hmac(key, signed.region());
    key = hmac(key, signed.service());
    key = hmac(key, signed.terminator());
    return HEX.formatHex(hmac(key, stringToSign));
  }

  static String canonicalRequest(SigV4Signature signed, HttpRequest request, String payloadHash) {
    StringBuilder canonical = new StringBuilder();
    canonical.append(request.method()).append('\n');
    canonical.append(canonicalPath(request.path())).append('\n');
    canonical.append(canonicalQuery(request.query(), signed.presigned())).append('\n');
    for (String name : signed.signedHeaders()) {
      canonical.append(name).append(':').append(canonicalValue(request.header(name))).append('\n');
    }
    canonical.append('\n').append(String.join(";", signed.signedHeaders())).append('\n');
    canonical.append(payloadHash);
    return canonical.toString();
  }

  /**
   * What the payload may be signed as: the body's SHA-256, or {@code UNSIGNED-PAYLOAD} when the
   * request says so in {@code x-amz-content-sha256}; a presigned URL may sign either (botocore
   * signs none, the Java SDK the body).
   */
  private static List<String> payloadHashes(SigV4Signature signed, HttpRequest request) {
    String declared = request.header("x-amz-content-sha256");
    if (declared != null && declared.strip().equals(UNSIGNED_PAYLOAD)) {
      return List.of(UNSIGNED_PAYLOAD);
    }
    String body = sha256Hex(request.body());
    return declared == null && signed.presigned() ? List.of(UNSIGNED_PAYLOAD, body) : List.of(body);
  }

  /** Each path segment URI-encoded (AWS services other than S3 sign the path encoded twice). */
  private static String canonicalPath(String path) {
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      segments[i] = UriEncoding.encode(UriEncoding.encode(segments[i]));
    }
    String joined = String.join("/", segments);
    return joined.isEmpty() ? "/" : joined;
  }

  private static String canonicalQuery(Map<String, String> query, boolean presigned) {
    TreeMap<String, String> sorted = new TreeMap<>();
    query.forEach(
        (name, value) -> {
          if (!(presigned && name.equals("X-Amz-Signature"))) {
            sorted.put(UriEncoding.encode(name), UriEncoding.encode(value));
          }
        });
    StringBuilder out = new StringBuilder();
    sorted.forEach(
        (name, value) -> {
          if (out.length() > 0) {
            out.append('&');
          }
          out.append(name).append('=').append(value);
        });
    return out.toString();
  }

  /** Trimmed, with runs of blanks inside collapsed to one space. */
  private static String canonicalValue(String value) {
    return value == null ? "" : value.strip().replaceAll("\\s+", " ");
  }

  static String sha256Hex(byte[] data) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  private static String format(Instant instant) {
    return SigV4Signature.AMZ_DATE.format(instant);
  }

  private static OrgdException invalid(String message) {
    return new OrgdException(ErrorCode.INVALID_SIGNATURE, message);
  }
}
