package dev.orgd.core.store;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Tag;
import java.util.List;

/**
 * The tags of an organization's resources that keep none of their own: its root (and, later,
 * policies and the resource policy). Accounts and OUs keep their tags with them.
 */
public interface ResourceTagRepository {

  /** The tags of {@code resourceId} in {@code org}, in the order they were saved (none: empty). */
  List<Tag> find(OrganizationId org, String resourceId);

  /** Replaces the tags of {@code resourceId}; an empty list removes them. */
  void save(OrganizationId org, String resourceId, List<Tag> tags);

  /** Deletes the tags of every resource of {@code org}. */
  void deleteAll(OrganizationId org);
}
