package dev.orgd.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.orgd.bench.Soak.Sample;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakTest {

  private static Sample rss(long seconds, long kib) {
    return new Sample(Duration.ofSeconds(seconds), 0, 0, kib, 10, 20);
  }

  @Test
  void growthIsTheHighestValueAfterTheMiddleAgainstTheValueAtTheMiddle() {
    List<Sample> samples =
        List.of(rss(0, 50), rss(10, 100), rss(20, 200), rss(30, 230), rss(40, 210));
    assertThat(Soak.growthOverSecondHalf(samples, Sample::rssKiB)).isCloseTo(0.15, within(1e-9));
  }

  @Test
  void growthBeforeTheMiddleDoesNotCount() {
    List<Sample> samples = List.of(rss(0, 10), rss(10, 100), rss(20, 100), rss(30, 95));
    assertThat(Soak.growthOverSecondHalf(samples, Sample::rssKiB)).isZero();
  }
}
