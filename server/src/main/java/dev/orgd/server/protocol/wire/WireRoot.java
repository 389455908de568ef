package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.Arns;
import dev.orgd.core.model.Organization;
import java.util.List;

/** The model's Root: every organization has one, named Root, with no policy type enabled. */
public record WireRoot(
    String id, String arn, String name, List<WirePolicyTypeSummary> policyTypes) {

  public static WireRoot of(Organization org) {
    return new WireRoot(org.rootId().value(), Arns.root(org), "Root", List.of());
  }
}
