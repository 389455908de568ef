package dev.orgd.server.protocol.wire;

import dev.orgd.core.service.PolicyDetails;

/** The model's Policy: its summary and its document. */
public record WirePolicy(WirePolicySummary policySummary, String content) {

  public static WirePolicy of(PolicyDetails p) {
    return new WirePolicy(WirePolicySummary.of(p), p.content());
  }
}
