package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.Arns;
import dev.orgd.core.model.Organization;
import dev.orgd.core.service.RootDetails;
import java.util.List;

/** The model's Root: every organization has one, named Root, with its enabled policy types. */
public record WireRoot(
    String id, String arn, String name, List<WirePolicyTypeSummary> policyTypes) {

  public static WireRoot of(Organization org) {
    return new WireRoot(org.rootId().value(), Arns.root(org), "Root", List.of());
  }

  /** A root with its enabled policy types, each ENABLED (orgd has no pending states). */
  public static WireRoot of(RootDetails root) {
    Organization org = root.organization();
    return new WireRoot(
        org.rootId().value(),
        Arns.root(org),
        "Root",
        root.enabledPolicyTypes().stream()
            .map(t -> new WirePolicyTypeSummary(t.name(), "ENABLED"))
            .toList());
  }
}
