package dev.orgd.bench.load;

import java.time.Duration;
import java.util.Objects;

/**
 * How one load run goes: {@code connections} persistent connections send back to back for {@code
 * warmup} (not recorded), then for {@code measure} (recorded); then each stops after its answer. A
 * request still unanswered {@code requestTimeout} after the end is abandoned as an error.
 */
public record RunPlan(int connections, Duration warmup, Duration measure, Duration requestTimeout) {
  public RunPlan {
    if (connections < 1) {
      throw new IllegalArgumentException("connections must be at least 1");
    }
    Objects.requireNonNull(warmup, "warmup");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (measure.isZero() || measure.isNegative()) {
      throw new IllegalArgumentException("measure must be positive");
    }
  }

  /** The longest the run can take, connections aside. */
  public Duration bound() {
    return warmup.plus(measure).plus(requestTimeout);
  }
}
