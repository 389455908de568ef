package dev.orgd.server.protocol;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.orgd.core.service.IdSource;
import dev.orgd.core.service.Orgd;
import dev.orgd.core.store.InMemoryStore;
import dev.orgd.server.auth.CallerResolver;
import dev.orgd.server.http.HttpRequest;
import dev.orgd.server.http.HttpResponse;
import dev.orgd.server.protocol.ops.Operations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** The AWS protocol without sockets: HttpRequest records in, HttpResponse records out. */
final class WireFixture {
  /** 2016-12-28T19:07:39.257Z, the RequestedTimestamp of the CLI's examples. */
  static final Instant NOW = Instant.ofEpochMilli(1482952059257L);

  static final ServiceModel MODEL = ServiceModel.load();
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          // Keeps "1485907200.000" as written: a whole-second timestamp is no exponent.
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  final Orgd orgd;
  final AwsJsonDispatcher dispatcher;

  WireFixture() {
    this.orgd = new Orgd(new InMemoryStore(), Clock.fixed(NOW, ZoneOffset.UTC), IdSource.seeded(7));
    this.dispatcher =
        new AwsJsonDispatcher(
            Operations.registry(orgd), MODEL, new JsonCodec(), CallerResolver.unsigned());
  }

  /** A request signed (the signature is not checked) with {@code account} as access key id. */
  static HttpRequest request(String account, String target, String body) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Content-Type", "application/x-amz-json-1.1");
    if (target != null) {
      headers.put("X-Amz-Target", target);
    }
    if (account != null) {
      headers.put(
          "Authorization",
          "AWS4-HMAC-SHA256 Credential="
              + account
              + "/20161228/us-east-1/organizations/aws4_request, SignedHeaders=host;x-amz-date,"
              + " Signature=0123");
    }
    return new HttpRequest("POST", "/", Map.of(), headers, body.getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse call(String account, String operation, String body) {
    return dispatcher.handle(request(account, AwsJsonDispatcher.TARGET_PREFIX + operation, body));
  }

  /** Calls and expects success; returns the body. */
  JsonNode ok(String account, String operation, String body) {
    HttpResponse response = call(account, operation, body);
    if (response.status() != 200) {
      throw new AssertionError(operation + " failed: " + response.bodyText());
    }
    return json(response);
  }

  static JsonNode json(HttpResponse response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
