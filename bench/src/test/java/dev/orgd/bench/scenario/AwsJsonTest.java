package dev.orgd.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AwsJsonTest {

  private final AwsJson aws = new AwsJson("127.0.0.1:4566");

  @Test
  void encodesAnAwsJson11RequestWithASigV4ShapedCredentialScope() {
    String text =
        new String(
            aws.encode("DescribeOrganization", "123456789012", "{}"), StandardCharsets.UTF_8);

    assertThat(text)
        .startsWith("POST / HTTP/1.1\r\nHost: 127.0.0.1:4566\r\n")
        .contains("Content-Type: application/x-amz-json-1.1\r\n")
        .contains("X-Amz-Target: AWSOrganizationsV20161128.DescribeOrganization\r\n")
        .contains(
            "Authorization: AWS4-HMAC-SHA256"
                + " Credential=123456789012/20260101/us-east-1/organizations/aws4_request,"
                + " SignedHeaders=")
        .endsWith("Content-Length: 2\r\n\r\n{}");
  }

  @Test
  void countsContentLengthInBytesNotCharacters() {
    String body = "{\"AccountName\":\"Zoë\"}";
    String text =
        new String(aws.encode("CreateAccount", "123456789012", body), StandardCharsets.UTF_8);

    assertThat(text).contains("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void quotesJsonStrings() {
    assertThat(AwsJson.quote("h-a\"b\\c")).isEqualTo("\"h-a\\\"b\\\\c\"");
  }
}
