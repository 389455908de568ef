package dev.orgd.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.orgd.server.http.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The answer to a request that is no AWS call and no route, parsed by botocore's own JSON protocol
 * parser: the error code and message must come through. Skips without Python's botocore, except in
 * CI ({@code CI=true}), where it must be there.
 */
class UnknownRouteBotocoreTest {
  private static final String PARSE =
      """
      import json, sys
      from botocore import parsers
      from botocore.session import get_session
      op = get_session().get_service_model("organizations").operation_model("DescribeOrganization")
      status, content_type, error_type = sys.argv[1], sys.argv[2], sys.argv[3]
      response = {"status_code": int(status), "body": sys.stdin.buffer.read(),
                  "headers": {"Content-Type": content_type, "x-amzn-ErrorType": error_type}}
      parsed = parsers.create_parser("json").parse(response, op.output_shape)
      print(parsed["Error"]["Code"] + "|" + parsed["Error"]["Message"])
      """;

  @Test
  void botocoreReadsTheCodeAndMessage() throws Exception {
    HttpResponse response = new ErrorRenderer(new JsonCodec()).unknownRoute("GET", "/favicon.ico");

    String parsed = botocore(response);

    assertThat(response.status()).isEqualTo(404);
    assertThat(parsed).isEqualTo("UnknownOperationException|orgd has no route GET /favicon.ico");
  }

  private static String botocore(HttpResponse response) throws IOException, InterruptedException {
    Process python;
    try {
      python =
          new ProcessBuilder(
                  "python3",
                  "-c",
                  PARSE,
                  Integer.toString(response.status()),
                  response.headers().get("Content-Type"),
                  response.headers().get("x-amzn-ErrorType"))
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      skipOutsideCi("python3 is not installed");
      throw e;
    }
    try (var in = python.getOutputStream()) {
      in.write(response.body());
    }
    String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
    if (python.exitValue() != 0 && out.contains("No module named 'botocore'")) {
      skipOutsideCi("Python's botocore is not installed");
    }
    assertThat(python.exitValue()).as(out).isZero();
    return out;
  }

  private static void skipOutsideCi(String why) {
    assumeTrue("true".equals(System.getenv("CI")), why);
  }
}
