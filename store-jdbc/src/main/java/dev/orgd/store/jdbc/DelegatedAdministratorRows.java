package dev.orgd.store.jdbc;

import static dev.orgd.store.jdbc.Sql.millis;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.DelegatedAdministrator;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.store.DelegatedAdministratorRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The delegated_administrators table, read along its primary key (organization, account, service
 * principal), or for one service principal along the index of migration V3. Ids and principals are
 * never empty, so every one sorts after the empty string that stands for "from the start".
 */
final class DelegatedAdministratorRows extends JdbcRepository
    implements DelegatedAdministratorRepository {

  private static final String COLUMNS =
      "organization_id, account_id, service_principal, enabled_at";
  private static final String UPSERT =
      Sql.upsert("delegated_administrators", 3, COLUMNS.split(", "));
  private static final String SELECT =
      "SELECT " + COLUMNS + " FROM delegated_administrators d WHERE organization_id = ?";
  // The earliest registration of the row's account (ties: the first principal).
  private static final String IS_FIRST_OF_ACCOUNT =
      " AND service_principal = (SELECT e.service_principal FROM delegated_administrators e"
          + " WHERE e.organization_id = d.organization_id AND e.account_id = d.account_id"
          + " ORDER BY e.enabled_at, e.service_principal LIMIT 1)";

  DelegatedAdministratorRows(Sql sql, boolean writable) {
    super(sql, writable);
  }

  @Override
  public Optional<DelegatedAdministrator> find(
      OrganizationId org, AccountId account, String servicePrincipal) {
    return sql.one(
        SELECT + " AND account_id = ? AND service_principal = ?",
        DelegatedAdministratorRows::map,
        org.value(),
        account.value(),
        servicePrincipal);
  }

  @Override
  public boolean isRegistered(OrganizationId org, AccountId account) {
    return !ofAccount(org, account, null, 1).isEmpty();
  }

  @Override
  public List<DelegatedAdministrator> firstOfEachAccount(
      OrganizationId org, String servicePrincipal, AccountId after, int limit) {
    String from = after == null ? "" : after.value();
    String order = " AND account_id > ? ORDER BY account_id LIMIT ?";
    if (servicePrincipal == null) {
      return sql.list(
          SELECT + IS_FIRST_OF_ACCOUNT + order,
          DelegatedAdministratorRows::map,
          org.value(),
          from,
          limit);
    }
    return sql.list(
        SELECT + " AND service_principal = ?" + order,
        DelegatedAdministratorRows::map,
        org.value(),
        servicePrincipal,
        from,
        limit);
  }

  @Override
  public List<DelegatedAdministrator> ofAccount(
      OrganizationId org, AccountId account, String after, int limit) {
    return sql.list(
        SELECT + " AND account_id = ? AND service_principal > ? ORDER BY service_principal LIMIT ?",
        DelegatedAdministratorRows::map,
        org.value(),
        account.value(),
        after == null ? "" : after,
        limit);
  }

  @Override
  public void save(DelegatedAdministrator r) {
    writable();
    sql.update(
        UPSERT,
        r.organizationId().value(),
        r.accountId().value(),
        r.servicePrincipal(),
        millis(r.enabledAt()));
  }

  @Override
  public void delete(OrganizationId org, AccountId account, String servicePrincipal) {
    writable();
    sql.update(
        "DELETE FROM delegated_administrators"
            + " WHERE organization_id = ? AND account_id = ? AND service_principal = ?",
        org.value(),
        account.value(),
        servicePrincipal);
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    sql.update("DELETE FROM delegated_administrators WHERE organization_id = ?", org.value());
  }

  private static DelegatedAdministrator map(ResultSet rs) throws SQLException {
    return new DelegatedAdministrator(
        new OrganizationId(rs.getString("organization_id")),
        new AccountId(rs.getString("account_id")),
        rs.getString("service_principal"),
        Sql.instant(rs, "enabled_at"));
  }
}
