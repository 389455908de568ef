package dev.orgd.core.store;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Policy;
import dev.orgd.core.model.PolicyId;
import dev.orgd.core.policy.PolicyType;
import java.util.List;
import java.util.Optional;

/** The customer policies of each organization: unique by id, and by name within a type. */
public interface PolicyRepository {

  Optional<Policy> find(OrganizationId org, PolicyId id);

  Optional<Policy> findByName(OrganizationId org, PolicyType type, String name);

  /**
   * The policies of {@code type} in creation order (created at, then id), after {@code after}
   * (null: from the start), at most {@code limit}.
   */
  List<Policy> list(OrganizationId org, PolicyType type, OrderKey after, int limit);

  int count(OrganizationId org, PolicyType type);

  void save(Policy policy);

  void delete(OrganizationId org, PolicyId id);

  /** Removes every policy of {@code org}. */
  void deleteAll(OrganizationId org);
}
