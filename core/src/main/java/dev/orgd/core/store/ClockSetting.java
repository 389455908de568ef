package dev.orgd.core.store;

import java.time.Instant;

/**
 * orgd's clock, as the control plane left it: real time shifted by {@code offsetMillis}, or, when
 * {@code frozenAt} is set, standing still at that instant.
 */
public record ClockSetting(long offsetMillis, Instant frozenAt) {
  public static final ClockSetting REAL_TIME = new ClockSetting(0, null);

  /** The instant this setting gives when the real clock reads {@code realNow}. */
  public Instant apply(Instant realNow) {
    return frozenAt != null ? frozenAt : realNow.plusMillis(offsetMillis);
  }

  public boolean frozen() {
    return frozenAt != null;
  }
}
