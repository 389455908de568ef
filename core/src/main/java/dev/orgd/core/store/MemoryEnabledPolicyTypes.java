package dev.orgd.core.store;

import dev.orgd.core.model.EnabledPolicyType;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.policy.PolicyType;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The in-memory enabled policy types: per organization, by type. */
final class MemoryEnabledPolicyTypes extends MemoryRepository
    implements EnabledPolicyTypeRepository {

  /** The data, shared by every unit of work of one store. */
  static final class Table {
    final Map<OrganizationId, EnumMap<PolicyType, EnabledPolicyType>> byOrganization =
        new HashMap<>();
  }

  MemoryEnabledPolicyTypes(MemoryTables tables, Deque<Runnable> undo) {
    super(tables, undo);
  }

  private Map<OrganizationId, EnumMap<PolicyType, EnabledPolicyType>> table() {
    return tables.enabledPolicyTypes.byOrganization;
  }

  @Override
  public List<EnabledPolicyType> list(OrganizationId org) {
    EnumMap<PolicyType, EnabledPolicyType> types = table().get(org);
    return types == null ? List.of() : List.copyOf(types.values());
  }

  @Override
  public void save(EnabledPolicyType type) {
    writable();
    EnumMap<PolicyType, EnabledPolicyType> types =
        table().computeIfAbsent(type.organizationId(), k -> new EnumMap<>(PolicyType.class));
    EnabledPolicyType old = types.put(type.type(), type);
    onUndo(() -> restore(types, type.type(), old));
  }

  @Override
  public void delete(OrganizationId org, PolicyType type) {
    writable();
    EnumMap<PolicyType, EnabledPolicyType> types = table().get(org);
    if (types != null) {
      EnabledPolicyType old = types.remove(type);
      onUndo(() -> restore(types, type, old));
    }
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    EnumMap<PolicyType, EnabledPolicyType> old = table().remove(org);
    onUndo(() -> restore(table(), org, old));
  }
}
