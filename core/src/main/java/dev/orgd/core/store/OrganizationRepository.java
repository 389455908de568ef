package dev.orgd.core.store;

import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import java.util.Optional;

/** Organizations by id. Deleting one deletes nothing else. */
public interface OrganizationRepository {

  Optional<Organization> find(OrganizationId id);

  void save(Organization organization);

  void delete(OrganizationId id);
}
