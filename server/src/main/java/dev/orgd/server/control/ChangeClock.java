package dev.orgd.server.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orgd.core.service.ClockView;
import dev.orgd.core.service.ControlService;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code POST /_orgd/clock}: moves orgd's clock forward ({@code advance}, an ISO-8601 duration),
 * sets it anywhere in {@link #EARLIEST}..{@link #LATEST}, back as well ({@code set}), and freezes
 * or thaws it ({@code freeze}).
 */
final class ChangeClock implements ControlRoute<ChangeClock.Change> {
  /**
   * The span orgd's clock may be set in: timestamps go out as epoch seconds, which SDKs turn into
   * dates of years up to 9999 (Python's datetime), and before 1970 they would be negative.
   */
  static final Instant EARLIEST = Instant.EPOCH;

  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  private final ControlService control;

  ChangeClock(ControlService control) {
    this.control = control;
  }

  record Change(
      @JsonProperty("advance") String advance,
      @JsonProperty("set") String set,
      @JsonProperty("freeze") Boolean freeze) {}

  @Override
  public Class<Change> requestType() {
    return Change.class;
  }

  @Override
  public ClockState answer(Change change) {
    if (change.advance() == null && change.set() == null && change.freeze() == null) {
      throw ControlError.badRequest("expected \"advance\", \"set\" or \"freeze\"");
    }
    if (change.advance() != null && change.set() != null) {
      throw ControlError.badRequest("give either \"advance\" or \"set\", not both");
    }
    return ClockState.of(apply(change));
  }

  private ClockView apply(Change change) {
    if (change.advance() != null) {
      ClockView moved = control.advance(forward(duration(change.advance())));
      return change.freeze() == null ? moved : control.set(null, change.freeze());
    }
    if (change.set() != null) {
      // A clock that is set keeps running from there unless asked to freeze (CONTRACT section 8).
      return control.set(within(instant(change.set())), Boolean.TRUE.equals(change.freeze()));
    }
    return control.set(null, change.freeze());
  }

  /**
   * {@code by} if it moves the clock forward and keeps it before {@link #LATEST}. Moving back is
   * what {@code set} is for, so that an {@code advance} with a slipped sign fails loudly.
   */
  private Duration forward(Duration by) {
    if (by.isNegative()) {
      throw ControlError.badRequest(
          "advance must not be negative; use \"set\" to move the clock back");
    }
    if (by.compareTo(Duration.between(control.clock().now(), LATEST)) > 0) {
      throw ControlError.badRequest("advance would move the clock past " + LATEST);
    }
    return by;
  }

  private static Instant within(Instant to) {
    if (to.isBefore(EARLIEST) || to.isAfter(LATEST)) {
      throw ControlError.badRequest("set must be between " + EARLIEST + " and " + LATEST);
    }
    return to;
  }

  private static Duration duration(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw ControlError.badRequest(
          "advance must be an ISO-8601 duration such as P15DT1S: " + text);
    }
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw ControlError.badRequest(
          "set must be an ISO-8601 instant such as 2030-01-01T00:00:00Z: " + text);
    }
  }
}
