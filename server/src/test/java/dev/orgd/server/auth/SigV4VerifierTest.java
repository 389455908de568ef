package dev.orgd.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.AccountId;
import dev.orgd.server.http.HttpRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * SigV4 checked against signatures made by the AWS SDK for Java v2's own signer, so that a mistake
 * in orgd's canonical request cannot hide behind the same mistake in the test.
 */
class SigV4VerifierTest {
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final String KEY = "AKIAORGDTESTKEY00001";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final AccountId ACCOUNT = new AccountId("111111111111");
  private static final String BODY = "{\"HandshakeId\":\"h-0123456789abcdef0123456789abcdef\"}";

  private final CallerResolver verifier =
      CallerResolver.sigv4(
          Credentials.of(List.of(new Credential(KEY, SECRET, ACCOUNT)), null),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aRequestTheSdkSignedIsItsKeysAccount() {
    assertThat(verifier.caller(signed(KEY, SECRET, "organizations", "us-east-1", NOW, BODY)))
        .isEqualTo(ACCOUNT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"us-east-1", "eu-central-2", "ap-southeast-7", "local"})
  void anyRegionIsAccepted(String region) {
    assertThat(verifier.caller(signed(KEY, SECRET, "organizations", region, NOW, BODY)))
        .isEqualTo(ACCOUNT);
  }

  @Test
  void aPresignedRequestIsItsKeysAccount() {
    assertThat(verifier.caller(presigned(NOW.minusSeconds(60), Duration.ofMinutes(5))))
        .isEqualTo(ACCOUNT);
  }

  @Test
  void headersAddedAfterSigningDoNotMatter() {
    HttpRequest request = signed(KEY, SECRET, "organizations", "us-east-1", NOW, BODY);

    assertThat(verifier.caller(withHeader(request, "X-Forwarded-For", "10.0.0.1")))
        .isEqualTo(ACCOUNT);
  }

  @Test
  void aWrongSecretIsAnInvalidSignature() {
    assertRefused(
        signed(KEY, SECRET + "x", "organizations", "us-east-1", NOW, BODY),
        ErrorCode.INVALID_SIGNATURE,
        "The request signature we calculated does not match the signature you provided. Check"
            + " your AWS Secret Access Key and signing method. Consult the service documentation"
            + " for details.");
  }

  @Test
  void aTamperedBodyIsAnInvalidSignature() {
    HttpRequest request = signed(KEY, SECRET, "organizations", "us-east-1", NOW, BODY);
    HttpRequest tampered =
        new HttpRequest(
            "POST",
            "/",
            Map.of(),
            request.headers(),
            BODY.replace("0123", "9999").getBytes(StandardCharsets.UTF_8));

    assertRefused(tampered, ErrorCode.INVALID_SIGNATURE, "The request signature we calculated");
  }

  @Test
  void aTamperedSignedHeaderIsAnInvalidSignature() {
    HttpRequest request = signed(KEY, SECRET, "organizations", "us-east-1", NOW, BODY);
    HttpRequest tampered =
        withHeader(request, "X-Amz-Target", "AWSOrganizationsV20161128.DeclineHandshake");

    assertRefused(tampered, ErrorCode.INVALID_SIGNATURE, "The request signature we calculated");
  }

  @Test
  void anUnknownKeyIsAnUnrecognizedClient() {
    assertRefused(
        signed("AKIAUNKNOWN000000000", SECRET, "organizations", "us-east-1", NOW, BODY),
        ErrorCode.UNRECOGNIZED_CLIENT,
        "The security token included in the request is invalid.");
  }

  @Test
  void aTwelveDigitKeyIsNotEnoughWhenSignaturesAreChecked() {
    assertRefused(
        signed("111111111111", SECRET, "organizations", "us-east-1", NOW, BODY),
        ErrorCode.UNRECOGNIZED_CLIENT,
        "The security token included in the request is invalid.");
  }

  @Test
  void noSignatureIsAMissingAuthenticationToken() {
    HttpRequest request =
        new HttpRequest(
            "POST",
            "/",
            Map.of(),
            Map.of("Host", "127.0.0.1:4566"),
            BODY.getBytes(StandardCharsets.UTF_8));

    assertRefused(request, ErrorCode.MISSING_AUTHENTICATION_TOKEN, "Missing Authentication Token");
  }

  @Test
  void anotherSchemeIsAnIncompleteSignatureNamingWhatIsMissing() {
    HttpRequest request =
        new HttpRequest(
            "POST",
            "/",
            Map.of(),
            Map.of("Authorization", "Bearer abc"),
            BODY.getBytes(StandardCharsets.UTF_8));

    assertRefused(
        request,
        ErrorCode.INCOMPLETE_SIGNATURE,
        "Authorization header requires 'Credential' parameter. Authorization header requires"
            + " 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter."
            + " Authorization header requires existence of either a 'X-Amz-Date' or a 'Date'"
            + " header. Authorization=Bearer abc");
  }

  @Test
  void aCredentialWithoutItsScopeIsAnIncompleteSignature() {
    HttpRequest request =
        new HttpRequest(
            "POST",
            "/",
            Map.of(),
            Map.of(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=" + KEY + ", SignedHeaders=host, Signature=ab",
                "X-Amz-Date",
                "20261127T100000Z"),
            BODY.getBytes(StandardCharsets.UTF_8));

    assertRefused(
        request,
        ErrorCode.INCOMPLETE_SIGNATURE,
        "Credential must have exactly 5 slash-delimited elements, e.g."
            + " keyid/date/region/service/term, got '"
            + KEY
            + "'");
  }

  @Test
  void aSignatureForAnotherServiceIsInvalid() {
    assertRefused(
        signed(KEY, SECRET, "sts", "us-east-1", NOW, BODY),
        ErrorCode.INVALID_SIGNATURE,
        "Credential should be scoped to correct service: 'organizations'. ");
  }

  @Test
  void aSignatureOlderThanFiveMinutesHasExpired() {
    assertThat(
            verifier.caller(
                signed(KEY, SECRET, "organizations", "us-east-1", NOW.minusSeconds(299), BODY)))
        .isEqualTo(ACCOUNT);
    assertRefused(
        signed(KEY, SECRET, "organizations", "us-east-1", NOW.minusSeconds(301), BODY),
        ErrorCode.INVALID_SIGNATURE,
        "Signature expired: 20261127T095459Z is now earlier than 20261127T095500Z"
            + " (20261127T100000Z - 5 min.)");
  }

  @Test
  void aSignatureFromMoreThanFiveMinutesAheadIsNotYetCurrent() {
    assertRefused(
        signed(KEY, SECRET, "organizations", "us-east-1", NOW.plusSeconds(301), BODY),
        ErrorCode.INVALID_SIGNATURE,
        "Signature not yet current: 20261127T100501Z is still later than 20261127T100500Z"
            + " (20261127T100000Z + 5 min.)");
  }

  @Test
  void aPresignedRequestPastItsExpiryIsRefused() {
    assertRefused(
        presigned(NOW.minusSeconds(120), Duration.ofSeconds(60)),
        ErrorCode.INVALID_SIGNATURE,
        "Signature expired: 20261127T095800Z is now earlier than 20261127T095900Z");
  }

  private void assertRefused(HttpRequest request, ErrorCode code, String messageStart) {
    assertThatThrownBy(() -> verifier.caller(request))
        .isInstanceOfSatisfying(OrgdException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageStartingWith(messageStart);
  }

  /** A request as the SDK signs it, turned into orgd's request record as the engine would. */
  private static HttpRequest signed(
      String key, String secret, String service, String region, Instant at, String body) {
    SignedRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                r ->
                    r.identity(AwsCredentialsIdentity.create(key, secret))
                        .request(unsigned())
                        .payload(ContentStreamProvider.fromUtf8String(body))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC)));
    return toOrgd(signed.request(), Map.of(), body);
  }

  private static HttpRequest presigned(Instant at, Duration expires) {
    SignedRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                r ->
                    r.identity(AwsCredentialsIdentity.create(KEY, SECRET))
                        .request(unsigned())
                        .payload(ContentStreamProvider.fromUtf8String(BODY))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "organizations")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-west-2")
                        .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
                        .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, expires)
                        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC)));
    Map<String, String> query = new HashMap<>();
    signed.request().rawQueryParameters().forEach((name, values) -> query.put(name, values.get(0)));
    return toOrgd(signed.request(), query, BODY);
  }

  private static SdkHttpRequest unsigned() {
    return SdkHttpRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(URI.create("http://127.0.0.1:4566/"))
        .putHeader("Host", "127.0.0.1:4566")
        .putHeader("Content-Type", "application/x-amz-json-1.1")
        .putHeader("X-Amz-Target", "AWSOrganizationsV20161128.DescribeHandshake")
        .build();
  }

  private static HttpRequest toOrgd(SdkHttpRequest sdk, Map<String, String> query, String body) {
    Map<String, String> headers = new HashMap<>();
    sdk.headers().forEach((name, values) -> headers.put(name, String.join(",", values)));
    return new HttpRequest("POST", "/", query, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpRequest withHeader(HttpRequest request, String name, String value) {
    Map<String, String> headers = new HashMap<>(request.headers());
    headers.keySet().removeIf(n -> n.equalsIgnoreCase(name));
    headers.put(name, value);
    return new HttpRequest(
        request.method(), request.path(), request.query(), headers, request.body());
  }
}
