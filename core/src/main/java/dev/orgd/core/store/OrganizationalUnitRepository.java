package dev.orgd.core.store;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.OrganizationalUnit;
import dev.orgd.core.model.OrganizationalUnitId;
import java.util.List;
import java.util.Optional;

/**
 * Organizational units, by id and by parent. A parent is an OU id, or null for the organization's
 * root.
 */
public interface OrganizationalUnitRepository {

  Optional<OrganizationalUnit> find(OrganizationalUnitId id);

  /** The OU of {@code org} under {@code parent} whose name is exactly {@code name}. */
  Optional<OrganizationalUnit> findByName(
      OrganizationId org, OrganizationalUnitId parent, String name);

  void save(OrganizationalUnit ou);

  void delete(OrganizationalUnitId id);

  /**
   * The OUs of {@code org} directly under {@code parent} with an id above {@code after} (null: from
   * the start), by id, at most {@code limit}.
   */
  List<OrganizationalUnit> children(
      OrganizationId org, OrganizationalUnitId parent, OrganizationalUnitId after, int limit);

  /** How many OUs {@code org} has. */
  int count(OrganizationId org);

  /** Deletes every OU of {@code org}. */
  void deleteAll(OrganizationId org);
}
