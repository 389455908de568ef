package dev.orgd.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
  private final JsonCodec codec = new JsonCodec();

  record Stamped(Instant at, String name, Integer count) {}

  @Test
  void timestampsAreEpochSecondsWithAMillisecondFraction() {
    assertThat(new String(codec.encode(new Stamped(Instant.ofEpochMilli(1482952459257L), "x", 1))))
        .isEqualTo("{\"At\":1482952459.257,\"Name\":\"x\",\"Count\":1}");
    assertThat(
            new String(codec.encode(new Stamped(Instant.ofEpochSecond(1482952459L), null, null))))
        .isEqualTo("{\"At\":1482952459.000}");
  }

  @Test
  void timestampTextIsWhatTheBigDecimalWouldPrint() {
    long[] samples = {
      0,
      1,
      9,
      10,
      99,
      100,
      999,
      1000,
      1001,
      -1,
      -5,
      -999,
      -1000,
      -1001,
      -1500,
      1482952459257L,
      -62135596800000L,
      253402300799999L,
      Long.MAX_VALUE,
      Long.MIN_VALUE
    };
    Random random = new Random(42);
    for (int i = 0; i < 10_000; i++) {
      long millis = i < samples.length ? samples[i] : random.nextLong() >> random.nextInt(64);
      Instant at = Instant.ofEpochMilli(millis);
      assertThat(JsonCodec.epochSecondsText(at))
          .as("%d", millis)
          .isEqualTo(JsonCodec.epochSeconds(at).toString());
    }
  }

  @Test
  void requestTimestampsMayBeIntegersOrFractions() {
    assertThat(
            codec.decode(codec.parseObject("{\"At\": 1767225600}".getBytes()), Stamped.class).at())
        .isEqualTo(Instant.ofEpochSecond(1767225600L));
    assertThat(
            codec
                .decode(codec.parseObject("{\"At\": 1482952459.257}".getBytes()), Stamped.class)
                .at())
        .isEqualTo(Instant.ofEpochMilli(1482952459257L));
  }

  @Test
  void unsetMembersAreLeftOut() {
    assertThat(new String(codec.encode(new Stamped(null, null, null)))).isEqualTo("{}");
  }

  @Test
  void unknownMembersAreIgnoredWhenBinding() {
    Stamped s =
        codec.decode(
            codec.parseObject("{\"Name\": \"n\", \"Other\": {}}".getBytes()), Stamped.class);

    assertThat(s.name()).isEqualTo("n");
  }

  @Test
  void trailingContentIsNotJson() {
    assertThatThrownBy(() -> codec.parseObject("{}x".getBytes()))
        .isInstanceOfSatisfying(
            OrgdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERIALIZATION));
  }
}
