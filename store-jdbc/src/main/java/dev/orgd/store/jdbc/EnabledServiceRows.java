package dev.orgd.store.jdbc;

import static dev.orgd.store.jdbc.Sql.millis;

import dev.orgd.core.model.EnabledService;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.store.EnabledServiceRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The enabled_services table (migration V5), read along its primary key (organization, service
 * principal). Principals are never empty, so every one sorts after the empty string that stands for
 * "from the start".
 */
final class EnabledServiceRows extends JdbcRepository implements EnabledServiceRepository {

  private static final String COLUMNS = "organization_id, service_principal, enabled_at";
  private static final String UPSERT = Sql.upsert("enabled_services", 2, COLUMNS.split(", "));
  private static final String SELECT =
      "SELECT " + COLUMNS + " FROM enabled_services WHERE organization_id = ?";

  EnabledServiceRows(Sql sql, boolean writable) {
    super(sql, writable);
  }

  @Override
  public Optional<EnabledService> find(OrganizationId org, String servicePrincipal) {
    return sql.one(
        SELECT + " AND service_principal = ?",
        EnabledServiceRows::map,
        org.value(),
        servicePrincipal);
  }

  @Override
  public List<EnabledService> list(OrganizationId org, String after, int limit) {
    return sql.list(
        SELECT + " AND service_principal > ? ORDER BY service_principal LIMIT ?",
        EnabledServiceRows::map,
        org.value(),
        after == null ? "" : after,
        limit);
  }

  @Override
  public void save(EnabledService s) {
    writable();
    sql.update(UPSERT, s.organizationId().value(), s.servicePrincipal(), millis(s.enabledAt()));
  }

  @Override
  public void delete(OrganizationId org, String servicePrincipal) {
    writable();
    sql.update(
        "DELETE FROM enabled_services WHERE organization_id = ? AND service_principal = ?",
        org.value(),
        servicePrincipal);
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    sql.update("DELETE FROM enabled_services WHERE organization_id = ?", org.value());
  }

  private static EnabledService map(ResultSet rs) throws SQLException {
    return new EnabledService(
        new OrganizationId(rs.getString("organization_id")),
        rs.getString("service_principal"),
        Sql.instant(rs, "enabled_at"));
  }
}
