package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.Arns;
import java.util.List;

/** The model's Root: every organization has one, named Root, with no policy type enabled. */
public record Root(String id, String arn, String name, List<PolicyTypeSummary> policyTypes) {

  public static Root of(dev.orgd.core.model.Organization org) {
    return new Root(org.rootId().value(), Arns.root(org), "Root", List.of());
  }
}
