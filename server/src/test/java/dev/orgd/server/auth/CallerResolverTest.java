package dev.orgd.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.server.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallerResolverTest {
  private final CallerResolver resolver = CallerResolver.unsigned();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "AWS4-HMAC-SHA256 Credential=111111111111/20240101/us-east-1/organizations/aws4_request,"
            + " SignedHeaders=host;x-amz-date, Signature=abc | 111111111111",
        "AWS4-HMAC-SHA256 Credential=123456789012/20240101/eu-west-3/organizations/aws4_request,"
            + "SignedHeaders=host,Signature=abc | 123456789012",
        "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240101/us-east-1/organizations/aws4_request,"
            + " SignedHeaders=host, Signature=abc | 000000000000",
        "AWS4-HMAC-SHA256 Credential=1111111111112/20240101/us-east-1/organizations/aws4_request"
            + " | 000000000000",
        "Bearer 111111111111 | 000000000000",
      })
  void accessKeyIdOfTheAuthorizationHeader(String authorization, String account) {
    HttpRequest request =
        new HttpRequest("POST", "/", Map.of(), Map.of("authorization", authorization), new byte[0]);

    assertThat(resolver.caller(request).value()).isEqualTo(account);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "222222222222/20240101/us-west-2/organizations/aws4_request, 222222222222",
    "AKIDEXAMPLE/20240101/us-west-2/organizations/aws4_request, 000000000000",
  })
  void accessKeyIdOfAPresignedUrl(String credential, String account) {
    HttpRequest request =
        new HttpRequest("GET", "/", Map.of("X-Amz-Credential", credential), Map.of(), new byte[0]);

    assertThat(resolver.caller(request).value()).isEqualTo(account);
  }

  @ParameterizedTest
  @CsvSource({"POST", "GET"})
  void noSignatureIsTheAnonymousAccount(String method) {
    HttpRequest request = new HttpRequest(method, "/", Map.of(), Map.of(), new byte[0]);

    assertThat(resolver.caller(request)).isEqualTo(CallerResolver.ANONYMOUS);
  }
}
