package dev.orgd.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.server.http.HttpResponse;
import java.io.File;
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

  private static String botocore(HttpResponse response) throws Exception {
    return Python.run(
        new File("."),
        response.body(),
        "-c",
        PARSE,
        Integer.toString(response.status()),
        response.headers().get("Content-Type"),
        response.headers().get("x-amzn-ErrorType"));
  }
}
