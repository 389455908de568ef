package dev.orgd.store.jdbc;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.ResourcePolicy;
import dev.orgd.core.store.ResourcePolicyRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The resource_policies table (migration V6): one row per organization that has a policy. */
final class ResourcePolicyRows extends JdbcRepository implements ResourcePolicyRepository {

  private static final String COLUMNS = "organization_id, id, content";
  private static final String UPSERT = Sql.upsert("resource_policies", 1, COLUMNS.split(", "));

  ResourcePolicyRows(Sql sql, boolean writable) {
    super(sql, writable);
  }

  @Override
  public Optional<ResourcePolicy> find(OrganizationId org) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM resource_policies WHERE organization_id = ?",
        ResourcePolicyRows::map,
        org.value());
  }

  @Override
  public void save(ResourcePolicy policy) {
    writable();
    sql.update(UPSERT, policy.organizationId().value(), policy.id(), policy.content());
  }

  @Override
  public void delete(OrganizationId org) {
    writable();
    sql.update("DELETE FROM resource_policies WHERE organization_id = ?", org.value());
  }

  private static ResourcePolicy map(ResultSet rs) throws SQLException {
    return new ResourcePolicy(
        new OrganizationId(rs.getString("organization_id")),
        rs.getString("id"),
        rs.getString("content"));
  }
}
