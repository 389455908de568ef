package dev.orgd.server.protocol.wire;

import dev.orgd.core.service.PolicyDetails;

/** The model's PolicySummary. */
public record WirePolicySummary(
    String id, String arn, String name, String description, String type, Boolean awsManaged) {

  public static WirePolicySummary of(PolicyDetails p) {
    return new WirePolicySummary(
        p.id(), p.arn(), p.name(), p.description(), p.type().name(), p.awsManaged());
  }
}
