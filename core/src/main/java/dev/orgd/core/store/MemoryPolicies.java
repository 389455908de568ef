package dev.orgd.core.store;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Policy;
import dev.orgd.core.model.PolicyId;
import dev.orgd.core.policy.PolicyType;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The in-memory policies: per organization by id, by type in creation order, and by name. */
final class MemoryPolicies extends MemoryRepository implements PolicyRepository {

  /** One organization's policies, indexed three ways. */
  static final class OfOrganization {
    final Map<PolicyId, Policy> byId = new HashMap<>();
    final Map<PolicyType, TreeMap<OrderKey, Policy>> byType = new EnumMap<>(PolicyType.class);
    final Map<PolicyType, Map<String, Policy>> byName = new EnumMap<>(PolicyType.class);

    void put(Policy p) {
      byId.put(p.id(), p);
      byType.computeIfAbsent(p.type(), k -> new TreeMap<>()).put(key(p), p);
      byName.computeIfAbsent(p.type(), k -> new HashMap<>()).put(p.name(), p);
    }

    void remove(Policy p) {
      byId.remove(p.id());
      byType.getOrDefault(p.type(), new TreeMap<>()).remove(key(p));
      byName.getOrDefault(p.type(), new HashMap<>()).remove(p.name());
    }
  }

  /** The data, shared by every unit of work of one store. */
  static final class Table {
    final Map<OrganizationId, OfOrganization> byOrganization = new HashMap<>();
  }

  MemoryPolicies(MemoryTables tables, Deque<Runnable> undo) {
    super(tables, undo);
  }

  private static OrderKey key(Policy p) {
    return new OrderKey(p.createdAt(), p.id().value());
  }

  private OfOrganization of(OrganizationId org) {
    return tables.policies.byOrganization.get(org);
  }

  private OfOrganization ofForWrite(OrganizationId org) {
    return tables.policies.byOrganization.computeIfAbsent(org, k -> new OfOrganization());
  }

  @Override
  public Optional<Policy> find(OrganizationId org, PolicyId id) {
    OfOrganization policies = of(org);
    return Optional.ofNullable(policies == null ? null : policies.byId.get(id));
  }

  @Override
  public Optional<Policy> findByName(OrganizationId org, PolicyType type, String name) {
    OfOrganization policies = of(org);
    return Optional.ofNullable(
        policies == null ? null : policies.byName.getOrDefault(type, Map.of()).get(name));
  }

  @Override
  public List<Policy> list(OrganizationId org, PolicyType type, OrderKey after, int limit) {
    OfOrganization policies = of(org);
    TreeMap<OrderKey, Policy> ofType = policies == null ? null : policies.byType.get(type);
    if (ofType == null) {
      return List.of();
    }
    NavigableMap<OrderKey, Policy> tail = after == null ? ofType : ofType.tailMap(after, false);
    return tail.values().stream().limit(limit).toList();
  }

  @Override
  public int count(OrganizationId org, PolicyType type) {
    OfOrganization policies = of(org);
    TreeMap<OrderKey, Policy> ofType = policies == null ? null : policies.byType.get(type);
    return ofType == null ? 0 : ofType.size();
  }

  @Override
  public void save(Policy policy) {
    writable();
    OfOrganization policies = ofForWrite(policy.organizationId());
    Policy old = policies.byId.get(policy.id());
    if (old != null) {
      policies.remove(old);
    }
    policies.put(policy);
    onUndo(
        () -> {
          policies.remove(policy);
          if (old != null) {
            policies.put(old);
          }
        });
  }

  @Override
  public void delete(OrganizationId org, PolicyId id) {
    writable();
    OfOrganization policies = of(org);
    Policy old = policies == null ? null : policies.byId.get(id);
    if (old != null) {
      policies.remove(old);
      onUndo(() -> policies.put(old));
    }
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    OfOrganization old = tables.policies.byOrganization.remove(org);
    onUndo(() -> restore(tables.policies.byOrganization, org, old));
  }
}
