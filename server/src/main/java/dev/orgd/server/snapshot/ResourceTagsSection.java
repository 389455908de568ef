package dev.orgd.server.snapshot;

import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Tag;
import dev.orgd.core.store.StoreTx;
import java.util.ArrayList;
import java.util.List;

/** The tags of resources that keep none of their own: each organization's root. */
final class RootTagsSection implements SnapshotSection<RootTagsSection.ResourceTags> {

  /** The tags of one resource of one organization. */
  record ResourceTags(OrganizationId organizationId, String resourceId, List<Tag> tags) {}

  @Override
  public String name() {
    return "resourceTags";
  }

  @Override
  public Class<ResourceTags> rowType() {
    return ResourceTags.class;
  }

  @Override
  public List<ResourceTags> export(StoreTx tx) {
    List<ResourceTags> all = new ArrayList<>();
    for (Organization org : OrganizationsSection.all(tx)) {
      String root = org.rootId().value();
      List<Tag> tags = tx.resourceTags().find(org.id(), root);
      if (!tags.isEmpty()) {
        all.add(new ResourceTags(org.id(), root, tags));
      }
    }
    return all;
  }

  @Override
  public void load(StoreTx tx, List<ResourceTags> rows) {
    rows.forEach(r -> tx.resourceTags().save(r.organizationId(), r.resourceId(), r.tags()));
  }
}
