package dev.orgd.server.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orgd.core.service.ClockView;
import java.time.Instant;

/**
 * orgd's clock as {@code GET} and {@code POST /_orgd/clock} answer it; {@code now} in epoch
 * seconds.
 */
record ClockState(@JsonProperty("now") Instant now, @JsonProperty("frozen") boolean frozen) {
  static ClockState of(ClockView view) {
    return new ClockState(view.now(), view.frozen());
  }
}
