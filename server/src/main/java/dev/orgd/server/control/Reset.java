package dev.orgd.server.control;

import dev.orgd.core.service.ControlService;
import dev.orgd.server.testkit.Testkit;

/**
 * {@code POST /_orgd/reset}: forgets everything; the clock goes back to real time, and the fault
 * rules and the request journal are emptied.
 */
final class Reset implements ControlRoute<NoBody> {
  private final ControlService control;
  private final Testkit testkit;

  Reset(ControlService control, Testkit testkit) {
    this.control = control;
    this.testkit = testkit;
  }

  @Override
  public Class<NoBody> requestType() {
    return NoBody.class;
  }

  @Override
  public NoBody answer(NoBody request) {
    control.reset();
    testkit.faults().clear();
    testkit.journal().clear();
    return new NoBody();
  }
}
