package dev.orgd.core.service;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.Policy;
import dev.orgd.core.model.PolicyAttachment;
import dev.orgd.core.policy.ManagedPolicy;
import dev.orgd.core.policy.PolicyType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The policies of one type on an account's path, level by level (root, each OU top down, the
 * account), each level in attachment order: what effective policies and SCP evaluation read. Reads
 * the path (at most six targets) and at most ten attachments per level, however many accounts the
 * organization has.
 *
 * @param contents each policy's document
 * @param ids each policy's id, in the shape of {@code contents}
 * @param lastUpdated the latest of the account's joining, each attachment and each policy's update
 */
record PolicyLevels(List<List<String>> contents, List<List<String>> ids, Instant lastUpdated) {

  static PolicyLevels of(Session s, Organization org, Account account, PolicyType type) {
    List<List<String>> contents = new ArrayList<>();
    List<List<String>> ids = new ArrayList<>();
    Instant last = account.joinedAt() == null ? Instant.EPOCH : account.joinedAt();
    for (String target : PolicyLookup.path(s, org, account)) {
      List<String> levelContents = new ArrayList<>();
      List<String> levelIds = new ArrayList<>();
      for (PolicyAttachment a : PolicyLookup.attached(s, org, target, type)) {
        last = later(last, a.attachedAt());
        String id = a.policyId().value();
        levelIds.add(id);
        ManagedPolicy managed = managed(id);
        if (managed != null) {
          levelContents.add(managed.content());
        } else {
          Policy p = s.tx.policies().find(org.id(), a.policyId()).orElseThrow();
          levelContents.add(p.content());
          last = later(last, p.updatedAt());
        }
      }
      contents.add(levelContents);
      ids.add(levelIds);
    }
    return new PolicyLevels(contents, ids, last);
  }

  private static ManagedPolicy managed(String id) {
    if (id.equals(ManagedPolicy.FULL_AWS_ACCESS.id())) {
      return ManagedPolicy.FULL_AWS_ACCESS;
    }
    return id.equals(ManagedPolicy.RCP_FULL_AWS_ACCESS.id())
        ? ManagedPolicy.RCP_FULL_AWS_ACCESS
        : null;
  }

  boolean isEmpty() {
    return contents.stream().allMatch(List::isEmpty);
  }

  private static Instant later(Instant a, Instant b) {
    return b.isAfter(a) ? b : a;
  }
}
