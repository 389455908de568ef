package dev.orgd.server.control;

import dev.orgd.core.service.ControlService;

/** {@code GET /_orgd/clock}: orgd's clock now, and whether it is frozen. */
final class ReadClock implements ControlRoute<NoBody> {
  private final ControlService control;

  ReadClock(ControlService control) {
    this.control = control;
  }

  @Override
  public Class<NoBody> requestType() {
    return NoBody.class;
  }

  @Override
  public ClockState answer(NoBody request) {
    return ClockState.of(control.clock());
  }
}
