package dev.orgd.core.store;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.ResourcePolicy;
import java.util.Optional;

/** The resource-based delegation policy of each organization: at most one. */
public interface ResourcePolicyRepository {

  Optional<ResourcePolicy> find(OrganizationId org);

  /** Creates or replaces the policy of its organization. */
  void save(ResourcePolicy policy);

  /** Deletes the policy of {@code org}, if it has one. */
  void delete(OrganizationId org);
}
