package dev.orgd.server.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orgd.server.testkit.Faults;
import java.util.List;
import java.util.Map;

/** {@code GET /_orgd/faults}: the fault rules, each with how often it fired. */
final class ListFaults implements ControlRoute<NoBody> {
  private final Faults faults;

  ListFaults(Faults faults) {
    this.faults = faults;
  }

  record FaultList(@JsonProperty("faults") List<Map<String, Object>> faults) {}

  @Override
  public Class<NoBody> requestType() {
    return NoBody.class;
  }

  @Override
  public FaultList answer(NoBody request) {
    return new FaultList(faults.list());
  }
}
