package dev.orgd.core.store;

import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import java.util.List;
import java.util.Optional;

/** Organizations by id. Deleting one deletes nothing else. */
public interface OrganizationRepository {

  Optional<Organization> find(OrganizationId id);

  /**
   * The organizations with an id above {@code after} (null: from the start), by id, at most {@code
   * limit}: every organization of this store, a page at a time (the control plane's list).
   */
  List<Organization> list(OrganizationId after, int limit);

  void save(Organization organization);

  void delete(OrganizationId id);
}
