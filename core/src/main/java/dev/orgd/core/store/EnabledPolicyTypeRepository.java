package dev.orgd.core.store;

import dev.orgd.core.model.EnabledPolicyType;
import dev.orgd.core.model.OrganizationId;
import java.util.List;

/** The policy types enabled on each organization's root: at most one row per type. */
public interface EnabledPolicyTypeRepository {

  /** The enabled types of {@code org}, in the order of the PolicyType enum. */
  List<EnabledPolicyType> list(OrganizationId org);

  void save(EnabledPolicyType type);

  void delete(OrganizationId org, dev.orgd.core.policy.PolicyType type);

  /** Removes every enabled type of {@code org}. */
  void deleteAll(OrganizationId org);
}
