package dev.orgd.server.control;

import dev.orgd.server.testkit.Faults;

/** {@code DELETE /_orgd/faults}: removes every fault rule. */
final class ClearFaults implements ControlRoute<NoBody> {
  private final Faults faults;

  ClearFaults(Faults faults) {
    this.faults = faults;
  }

  @Override
  public Class<NoBody> requestType() {
    return NoBody.class;
  }

  @Override
  public NoBody answer(NoBody request) {
    faults.clear();
    return new NoBody();
  }
}
