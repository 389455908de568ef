package dev.orgd.server.control;

import dev.orgd.core.service.ControlService;

/** {@code POST /_orgd/reset}: forgets everything; the clock goes back to real time. */
final class Reset implements ControlRoute<NoBody> {
  private final ControlService control;

  Reset(ControlService control) {
    this.control = control;
  }

  @Override
  public Class<NoBody> requestType() {
    return NoBody.class;
  }

  @Override
  public NoBody answer(NoBody request) {
    control.reset();
    return new NoBody();
  }
}
