package dev.orgd.server.snapshot;

import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Policy;
import dev.orgd.core.model.Tag;
import dev.orgd.core.store.StoreTx;
import java.util.ArrayList;
import java.util.List;

/**
 * The tags of resources that keep none of their own ({@code tx.resourceTags()}): each
 * organization's root, its resource policy ({@code rp-…}) and its customer policies ({@code p-…}).
 * Loads after the sections of those resources.
 */
final class ResourceTagsSection implements SnapshotSection<ResourceTagsSection.ResourceTags> {

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
      List<String> resources = new ArrayList<>();
      resources.add(org.rootId().value());
      tx.resourcePolicies().find(org.id()).ifPresent(p -> resources.add(p.id()));
      for (Policy policy : PoliciesSection.of(tx, org)) {
        resources.add(policy.id().value());
      }
      for (String resource : resources) {
        List<Tag> tags = tx.resourceTags().find(org.id(), resource);
        if (!tags.isEmpty()) {
          all.add(new ResourceTags(org.id(), resource, tags));
        }
      }
    }
    return all;
  }

  @Override
  public void load(StoreTx tx, List<ResourceTags> rows) {
    rows.forEach(r -> tx.resourceTags().save(r.organizationId(), r.resourceId(), r.tags()));
  }
}
