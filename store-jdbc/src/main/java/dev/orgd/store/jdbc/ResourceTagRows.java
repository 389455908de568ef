package dev.orgd.store.jdbc;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Tag;
import dev.orgd.core.store.ResourceTagRepository;
import java.util.List;

/** The resource_tags table (migration V4): one JSON list of tags per resource. */
final class ResourceTagRows extends JdbcRepository implements ResourceTagRepository {

  private static final String UPSERT =
      Sql.upsert("resource_tags", 2, "organization_id", "resource_id", "tags");

  ResourceTagRows(Sql sql, boolean writable) {
    super(sql, writable);
  }

  @Override
  public List<Tag> find(OrganizationId org, String resourceId) {
    return sql.one(
            "SELECT tags FROM resource_tags WHERE organization_id = ? AND resource_id = ?",
            rs -> JsonColumns.tags(rs.getString(1)),
            org.value(),
            resourceId)
        .orElse(List.of());
  }

  @Override
  public void save(OrganizationId org, String resourceId, List<Tag> tags) {
    writable();
    if (tags.isEmpty()) {
      sql.update(
          "DELETE FROM resource_tags WHERE organization_id = ? AND resource_id = ?",
          org.value(),
          resourceId);
    } else {
      sql.update(UPSERT, org.value(), resourceId, JsonColumns.tags(tags));
    }
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    sql.update("DELETE FROM resource_tags WHERE organization_id = ?", org.value());
  }
}
