package dev.orgd.server.snapshot;

import dev.orgd.core.model.Organization;
import dev.orgd.core.model.PolicyAttachment;
import dev.orgd.core.model.PolicyId;
import dev.orgd.core.policy.ManagedPolicy;
import dev.orgd.core.store.OrderKey;
import dev.orgd.core.store.StoreTx;
import java.util.ArrayList;
import java.util.List;

/**
 * Policy attachments, each organization's by policy (the AWS managed ones, which are never stored
 * but are attached, then the customer ones), each policy's in attachment order.
 */
final class PolicyAttachmentsSection implements SnapshotSection<PolicyAttachment> {
  @Override
  public String name() {
    return "policyAttachments";
  }

  @Override
  public Class<PolicyAttachment> rowType() {
    return PolicyAttachment.class;
  }

  @Override
  public List<PolicyAttachment> export(StoreTx tx) {
    List<PolicyAttachment> all = new ArrayList<>();
    for (Organization org : OrganizationsSection.all(tx)) {
      List<PolicyId> policies = new ArrayList<>();
      ManagedPolicy.ALL.forEach(m -> policies.add(new PolicyId(m.id())));
      PoliciesSection.of(tx, org).forEach(p -> policies.add(p.id()));
      for (PolicyId policy : policies) {
        all.addAll(
            Keysets.<PolicyAttachment, OrderKey>drain(
                (after, limit) -> tx.policyAttachments().ofPolicy(org.id(), policy, after, limit),
                a -> new OrderKey(a.attachedAt(), a.targetId())));
      }
    }
    return all;
  }

  @Override
  public void load(StoreTx tx, List<PolicyAttachment> rows) {
    rows.forEach(tx.policyAttachments()::save);
  }
}
