package dev.orgd.core.store;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.PolicyAttachment;
import dev.orgd.core.model.PolicyId;
import dev.orgd.core.policy.PolicyType;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The in-memory attachments: per organization, by target and by policy in attachment order. */
final class MemoryPolicyAttachments extends MemoryRepository implements PolicyAttachmentRepository {

  /** One organization's attachments, indexed by target and by policy. */
  static final class OfOrganization {
    final Map<String, Map<PolicyId, PolicyAttachment>> byTarget = new HashMap<>();
    // A target's attachments of one type in attachment order: what effective policies and SCP
    // evaluation read on every call.
    final Map<String, Map<PolicyType, TreeMap<OrderKey, PolicyAttachment>>> byTargetAndType =
        new HashMap<>();
    final Map<PolicyId, TreeMap<OrderKey, PolicyAttachment>> byPolicy = new HashMap<>();

    void put(PolicyAttachment a) {
      byTarget.computeIfAbsent(a.targetId(), k -> new HashMap<>()).put(a.policyId(), a);
      byTargetAndType
          .computeIfAbsent(a.targetId(), k -> new java.util.EnumMap<>(PolicyType.class))
          .computeIfAbsent(a.policyType(), k -> new TreeMap<>())
          .put(byTargetKey(a), a);
      byPolicy.computeIfAbsent(a.policyId(), k -> new TreeMap<>()).put(byPolicyKey(a), a);
    }

    void remove(PolicyAttachment a) {
      Map<PolicyId, PolicyAttachment> ofTarget = byTarget.get(a.targetId());
      if (ofTarget != null) {
        ofTarget.remove(a.policyId());
        if (ofTarget.isEmpty()) {
          byTarget.remove(a.targetId());
        }
      }
      Map<PolicyType, TreeMap<OrderKey, PolicyAttachment>> types =
          byTargetAndType.get(a.targetId());
      if (types != null) {
        TreeMap<OrderKey, PolicyAttachment> ofType = types.get(a.policyType());
        if (ofType != null) {
          ofType.remove(byTargetKey(a));
          if (ofType.isEmpty()) {
            types.remove(a.policyType());
          }
        }
        if (types.isEmpty()) {
          byTargetAndType.remove(a.targetId());
        }
      }
      TreeMap<OrderKey, PolicyAttachment> ofPolicy = byPolicy.get(a.policyId());
      if (ofPolicy != null) {
        ofPolicy.remove(byPolicyKey(a));
        if (ofPolicy.isEmpty()) {
          byPolicy.remove(a.policyId());
        }
      }
    }
  }

  /** The data, shared by every unit of work of one store. */
  static final class Table {
    final Map<OrganizationId, OfOrganization> byOrganization = new HashMap<>();
  }

  MemoryPolicyAttachments(MemoryTables tables, Deque<Runnable> undo) {
    super(tables, undo);
  }

  private static OrderKey byTargetKey(PolicyAttachment a) {
    return new OrderKey(a.attachedAt(), a.policyId().value());
  }

  private static OrderKey byPolicyKey(PolicyAttachment a) {
    return new OrderKey(a.attachedAt(), a.targetId());
  }

  private OfOrganization of(OrganizationId org) {
    return tables.policyAttachments.byOrganization.get(org);
  }

  @Override
  public boolean exists(OrganizationId org, PolicyId policy, String targetId) {
    OfOrganization all = of(org);
    return all != null && all.byTarget.getOrDefault(targetId, Map.of()).containsKey(policy);
  }

  @Override
  public boolean isAttached(OrganizationId org, PolicyId policy) {
    OfOrganization all = of(org);
    return all != null && all.byPolicy.containsKey(policy);
  }

  @Override
  public List<PolicyAttachment> ofTarget(
      OrganizationId org, String targetId, PolicyType type, OrderKey after, int limit) {
    OfOrganization all = of(org);
    if (all == null) {
      return List.of();
    }
    TreeMap<OrderKey, PolicyAttachment> ofType =
        all.byTargetAndType.getOrDefault(targetId, Map.of()).get(type);
    if (ofType == null) {
      return List.of();
    }
    NavigableMap<OrderKey, PolicyAttachment> tail =
        after == null ? ofType : ofType.tailMap(after, false);
    List<PolicyAttachment> page = new ArrayList<>(Math.min(limit, tail.size()));
    for (PolicyAttachment a : tail.values()) {
      if (page.size() == limit) {
        break;
      }
      page.add(a);
    }
    return page;
  }

  @Override
  public int countOfTarget(OrganizationId org, String targetId, PolicyType type) {
    OfOrganization all = of(org);
    if (all == null) {
      return 0;
    }
    TreeMap<OrderKey, PolicyAttachment> ofType =
        all.byTargetAndType.getOrDefault(targetId, Map.of()).get(type);
    return ofType == null ? 0 : ofType.size();
  }

  @Override
  public List<PolicyAttachment> ofPolicy(
      OrganizationId org, PolicyId policy, OrderKey after, int limit) {
    OfOrganization all = of(org);
    TreeMap<OrderKey, PolicyAttachment> targets = all == null ? null : all.byPolicy.get(policy);
    if (targets == null) {
      return List.of();
    }
    NavigableMap<OrderKey, PolicyAttachment> tail =
        after == null ? targets : targets.tailMap(after, false);
    return tail.values().stream().limit(limit).toList();
  }

  @Override
  public void save(PolicyAttachment attachment) {
    writable();
    OfOrganization all =
        tables.policyAttachments.byOrganization.computeIfAbsent(
            attachment.organizationId(), k -> new OfOrganization());
    PolicyAttachment old =
        all.byTarget.getOrDefault(attachment.targetId(), Map.of()).get(attachment.policyId());
    if (old != null) {
      all.remove(old);
    }
    all.put(attachment);
    onUndo(
        () -> {
          all.remove(attachment);
          if (old != null) {
            all.put(old);
          }
        });
  }

  @Override
  public void delete(OrganizationId org, PolicyId policy, String targetId) {
    writable();
    OfOrganization all = of(org);
    PolicyAttachment old =
        all == null ? null : all.byTarget.getOrDefault(targetId, Map.of()).get(policy);
    if (old != null) {
      all.remove(old);
      onUndo(() -> all.put(old));
    }
  }

  @Override
  public void deleteOfTarget(OrganizationId org, String targetId) {
    writable();
    OfOrganization all = of(org);
    if (all == null) {
      return;
    }
    removeAll(all, new ArrayList<>(all.byTarget.getOrDefault(targetId, Map.of()).values()));
  }

  @Override
  public void deleteOfType(OrganizationId org, PolicyType type) {
    writable();
    OfOrganization all = of(org);
    if (all == null) {
      return;
    }
    List<PolicyAttachment> ofType = new ArrayList<>();
    all.byPolicy
        .values()
        .forEach(t -> t.values().stream().filter(a -> a.policyType() == type).forEach(ofType::add));
    removeAll(all, ofType);
  }

  private void removeAll(OfOrganization all, List<PolicyAttachment> gone) {
    gone.forEach(all::remove);
    onUndo(() -> gone.forEach(all::put));
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    OfOrganization old = tables.policyAttachments.byOrganization.remove(org);
    onUndo(() -> restore(tables.policyAttachments.byOrganization, org, old));
  }
}
