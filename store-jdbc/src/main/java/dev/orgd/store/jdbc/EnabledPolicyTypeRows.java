package dev.orgd.store.jdbc;

import static dev.orgd.store.jdbc.Sql.millis;

import dev.orgd.core.model.EnabledPolicyType;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.store.EnabledPolicyTypeRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

/** The enabled_policy_types table (migration V7): at most thirteen rows per organization. */
final class EnabledPolicyTypeRows extends JdbcRepository implements EnabledPolicyTypeRepository {

  private static final String UPSERT =
      Sql.upsert("enabled_policy_types", 2, "organization_id", "policy_type", "enabled_at");

  EnabledPolicyTypeRows(Sql sql, boolean writable) {
    super(sql, writable);
  }

  @Override
  public List<EnabledPolicyType> list(OrganizationId org) {
    return sql
        .list(
            "SELECT organization_id, policy_type, enabled_at FROM enabled_policy_types"
                + " WHERE organization_id = ?",
            EnabledPolicyTypeRows::map,
            org.value())
        .stream()
        .sorted(Comparator.comparing(EnabledPolicyType::type))
        .toList();
  }

  @Override
  public void save(EnabledPolicyType t) {
    writable();
    sql.update(UPSERT, t.organizationId().value(), t.type().name(), millis(t.enabledAt()));
  }

  @Override
  public void delete(OrganizationId org, PolicyType type) {
    writable();
    sql.update(
        "DELETE FROM enabled_policy_types WHERE organization_id = ? AND policy_type = ?",
        org.value(),
        type.name());
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    sql.update("DELETE FROM enabled_policy_types WHERE organization_id = ?", org.value());
  }

  private static EnabledPolicyType map(ResultSet rs) throws SQLException {
    return new EnabledPolicyType(
        new OrganizationId(rs.getString("organization_id")),
        PolicyType.valueOf(rs.getString("policy_type")),
        Sql.instant(rs, "enabled_at"));
  }
}
