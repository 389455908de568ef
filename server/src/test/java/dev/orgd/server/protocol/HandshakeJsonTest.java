package dev.orgd.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.server.protocol.hotpath.HandshakeJson;
import dev.orgd.server.protocol.wire.DescribeHandshakeResponse;
import dev.orgd.server.protocol.wire.ListHandshakesForOrganizationResponse;
import dev.orgd.server.protocol.wire.WireHandshake;
import dev.orgd.server.protocol.wire.WireHandshakeParty;
import dev.orgd.server.protocol.wire.WireHandshakeResource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HandshakeJsonTest {
  private final JsonCodec codec = new JsonCodec();
  private final JsonCodec beans = new JsonCodec(false);

  @Test
  void handshakesAreWrittenAsTheBeanSerializerWritesThem() {
    Random random = new Random(7);
    // More than are kept, so that the kept JSON is also let go and written again.
    for (int i = 0; i < HandshakeJson.RECENT + 500; i++) {
      WireHandshake h = randomHandshake(random, "h-" + i);
      assertThat(text(codec, h)).isEqualTo(text(beans, h));
      DescribeHandshakeResponse described = new DescribeHandshakeResponse(h);
      assertThat(text(codec, described)).isEqualTo(text(beans, described));
    }
  }

  @Test
  void aPageIsWrittenAsTheBeanSerializerWritesIt() {
    Random random = new Random(11);
    for (int i = 0; i < 200; i++) {
      List<WireHandshake> page = new ArrayList<>();
      for (int j = random.nextInt(21); j > 0; j--) {
        page.add(randomHandshake(random, "h-" + random.nextInt(40)));
      }
      ListHandshakesForOrganizationResponse response =
          new ListHandshakesForOrganizationResponse(page, random.nextBoolean() ? null : "token");
      // Twice: the second time from the JSON kept from the first.
      assertThat(text(codec, response)).isEqualTo(text(beans, response));
      assertThat(text(codec, response)).isEqualTo(text(beans, response));
    }
  }

  @Test
  void aHandshakeThatChangedIsWrittenAsItIsNow() {
    WireHandshake open = handshake("h-1", "OPEN", "a\"b");
    WireHandshake expired = handshake("h-1", "EXPIRED", "a\"b");
    WireHandshake renamed = handshake("h-1", "OPEN", "a\\b");

    assertThat(text(codec, open)).contains("\"State\":\"OPEN\"");
    assertThat(text(codec, expired)).contains("\"State\":\"EXPIRED\"");
    assertThat(text(codec, renamed)).isEqualTo(text(beans, renamed));
    assertThat(text(codec, open)).isEqualTo(text(beans, open));
  }

  @Test
  void handshakesWhoseIdsShareAHashAreEachWrittenAsThemselves() {
    // "Aa" and "BB" have the same String hash.
    WireHandshake a = handshake("h-Aa", "OPEN", "x");
    WireHandshake b = handshake("h-BB", "OPEN", "y");
    assertThat(a.id().hashCode()).isEqualTo(b.id().hashCode());

    for (int i = 0; i < 3; i++) {
      assertThat(text(codec, a)).isEqualTo(text(beans, a));
      assertThat(text(codec, b)).isEqualTo(text(beans, b));
    }
  }

  private static String text(JsonCodec codec, Object value) {
    return new String(codec.encode(value), StandardCharsets.UTF_8);
  }

  private static WireHandshake handshake(String id, String state, String email) {
    return new WireHandshake(
        id,
        "arn:aws:organizations::111111111111:handshake/o-1/invite/" + id,
        List.of(
            new WireHandshakeParty("o-1", "ORGANIZATION"), new WireHandshakeParty(email, "EMAIL")),
        state,
        Instant.ofEpochMilli(1482952459257L),
        Instant.ofEpochMilli(1484248459257L),
        "INVITE",
        List.of(new WireHandshakeResource(email, "EMAIL", null)));
  }

  private static WireHandshake randomHandshake(Random random, String id) {
    return new WireHandshake(
        maybe(random, id),
        maybe(random, randomText(random)),
        random.nextInt(5) == 0 ? null : parties(random),
        maybe(random, "OPEN"),
        random.nextInt(5) == 0 ? null : Instant.ofEpochMilli(random.nextLong() >> 20),
        random.nextInt(5) == 0 ? null : Instant.ofEpochMilli(random.nextLong() >> 20),
        maybe(random, "ENABLE_ALL_FEATURES"),
        resources(random, 3));
  }

  private static List<WireHandshakeParty> parties(Random random) {
    List<WireHandshakeParty> parties = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      parties.add(
          new WireHandshakeParty(maybe(random, randomText(random)), maybe(random, "ACCOUNT")));
    }
    return parties;
  }

  private static List<WireHandshakeResource> resources(Random random, int depth) {
    if (depth == 0 || random.nextInt(3) == 0) {
      return null;
    }
    List<WireHandshakeResource> resources = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      resources.add(
          new WireHandshakeResource(
              maybe(random, randomText(random)),
              maybe(random, "NOTES"),
              resources(random, depth - 1)));
    }
    return resources;
  }

  private static String maybe(Random random, String value) {
    return random.nextInt(6) == 0 ? null : value;
  }

  /** Text with what JSON must escape, non-ASCII letters and a character outside the BMP. */
  private static String randomText(Random random) {
    String[] pieces = {"a", "Z", "9", "\"", "\\", "/", "\n", "\t", "\u0001", "é", "漢", "😀", " "};
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}
