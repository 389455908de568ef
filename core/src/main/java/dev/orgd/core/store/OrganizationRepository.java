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

  /**
   * Saves the organization. The first save of an organization also gives it a random {@link
   * #policyVersion}, so that a store emptied and filled again (a snapshot loaded) never repeats a
   * number a node has already seen for it.
   */
  void save(Organization organization);

  /**
   * The organization's policy version: a number that changes with every write to what decides its
   * members' service control policies (its attachments, policies and enabled policy types), so that
   * a node may keep what it computed from them for as long as the number stays the same. 0 when
   * there is no such organization.
   */
  long policyVersion(OrganizationId id);

  /** Changes the organization's {@link #policyVersion}; nothing when there is none. */
  void bumpPolicyVersion(OrganizationId id);

  void delete(OrganizationId id);
}
