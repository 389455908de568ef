package dev.orgd.store.jdbc;

import static dev.orgd.store.jdbc.Sql.millis;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Policy;
import dev.orgd.core.model.PolicyId;
import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.store.OrderKey;
import dev.orgd.core.store.PolicyRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The policies table (migration V7), listed by type along policies_by_creation. */
final class PolicyRows extends JdbcRepository implements PolicyRepository {

  private static final String COLUMNS =
      "organization_id, id, policy_type, name, description, content, created_at, updated_at";
  private static final String UPSERT = Sql.upsert("policies", 2, COLUMNS.split(", "));
  private static final String SELECT =
      "SELECT " + COLUMNS + " FROM policies WHERE organization_id = ?";

  PolicyRows(Sql sql, boolean writable) {
    super(sql, writable);
  }

  @Override
  public Optional<Policy> find(OrganizationId org, PolicyId id) {
    return sql.one(SELECT + " AND id = ?", PolicyRows::map, org.value(), id.value());
  }

  @Override
  public Optional<Policy> findByName(OrganizationId org, PolicyType type, String name) {
    return sql.one(
        SELECT + " AND policy_type = ? AND name = ?",
        PolicyRows::map,
        org.value(),
        type.name(),
        name);
  }

  @Override
  public List<Policy> list(OrganizationId org, PolicyType type, OrderKey after, int limit) {
    return pageInOrder(
        SELECT + " AND policy_type = ?",
        "created_at",
        "id",
        after,
        limit,
        PolicyRows::map,
        org.value(),
        type.name());
  }

  @Override
  public int count(OrganizationId org, PolicyType type) {
    return (int)
        sql.number(
            "SELECT COUNT(*) FROM policies WHERE organization_id = ? AND policy_type = ?",
            org.value(),
            type.name());
  }

  @Override
  public void save(Policy p) {
    writable();
    sql.update(
        UPSERT,
        p.organizationId().value(),
        p.id().value(),
        p.type().name(),
        p.name(),
        p.description(),
        p.content(),
        millis(p.createdAt()),
        millis(p.updatedAt()));
  }

  @Override
  public void delete(OrganizationId org, PolicyId id) {
    writable();
    sql.update(
        "DELETE FROM policies WHERE organization_id = ? AND id = ?", org.value(), id.value());
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    sql.update("DELETE FROM policies WHERE organization_id = ?", org.value());
  }

  private static Policy map(ResultSet rs) throws SQLException {
    return new Policy(
        new PolicyId(rs.getString("id")),
        new OrganizationId(rs.getString("organization_id")),
        PolicyType.valueOf(rs.getString("policy_type")),
        rs.getString("name"),
        rs.getString("description"),
        rs.getString("content"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "updated_at"));
  }
}
