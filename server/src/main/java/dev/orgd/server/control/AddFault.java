package dev.orgd.server.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orgd.server.testkit.FaultRule;
import dev.orgd.server.testkit.Faults;

/** {@code POST /_orgd/faults}: adds a fault rule (the format); answers its id. */
final class AddFault implements ControlRoute<FaultRule> {
  private final Faults faults;

  AddFault(Faults faults) {
    this.faults = faults;
  }

  record Added(@JsonProperty("id") String id) {}

  @Override
  public Class<FaultRule> requestType() {
    return FaultRule.class;
  }

  @Override
  public Added answer(FaultRule rule) {
    try {
      return new Added(faults.add(rule));
    } catch (IllegalArgumentException e) {
      throw ControlError.badRequest(e.getMessage());
    }
  }
}
