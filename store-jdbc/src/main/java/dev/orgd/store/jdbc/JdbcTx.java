package dev.orgd.store.jdbc;

import static dev.orgd.store.jdbc.Sql.millis;
import static dev.orgd.store.jdbc.Sql.text;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.AccountStatus;
import dev.orgd.core.model.CreateAccountRequestId;
import dev.orgd.core.model.CreateAccountState;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.DelegatedAdministrator;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.JoinedMethod;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.RootId;
import dev.orgd.core.store.ClockSetting;
import dev.orgd.core.store.HandshakeCursor;
import dev.orgd.core.store.HandshakeQuery;
import dev.orgd.core.store.StoreTx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One unit of work on one JDBC connection inside one transaction. */
final class JdbcTx implements StoreTx {

  private static final String ACCOUNT_COLUMNS =
      "id, email, email_normalized, name, organization_id, joined_method, joined_at, status, tags";
  private static final String ACCOUNT_UPSERT =
      Sql.upsert("accounts", 1, ACCOUNT_COLUMNS.split(", "));
  private static final String ORGANIZATION_COLUMNS =
      "id, management_account_id, feature_set, root_id, max_accounts, created_at";
  private static final String ORGANIZATION_UPSERT =
      Sql.upsert("organizations", 1, ORGANIZATION_COLUMNS.split(", "));
  private static final String STATUS_COLUMNS =
      "id, organization_id, account_name, state, requested_at, completed_at, account_id,"
          + " failure_reason";
  private static final String STATUS_UPSERT =
      Sql.upsert("create_account_statuses", 1, STATUS_COLUMNS.split(", "));
  private static final String ADMIN_COLUMNS =
      "organization_id, account_id, service_principal, enabled_at";
  private static final String ADMIN_UPSERT =
      Sql.upsert("delegated_administrators", 3, ADMIN_COLUMNS.split(", "));

  private final Sql sql;
  private final Dialect dialect;
  private final boolean writable;
  private final byte[] tokenKey;
  private final HandshakeRows handshakes;
  private final Settings settings;

  JdbcTx(Sql sql, Dialect dialect, boolean writable, byte[] tokenKey) {
    this.sql = sql;
    this.dialect = dialect;
    this.writable = writable;
    this.tokenKey = tokenKey;
    this.handshakes = new HandshakeRows(sql);
    this.settings = new Settings(sql);
  }

  private void writable() {
    if (!writable) {
      throw new IllegalStateException("write in a read-only unit of work");
    }
  }

  // --- clock and secrets ------------------------------------------------------------------------

  @Override
  public ClockSetting clockSetting() {
    return settings.clock();
  }

  @Override
  public void saveClockSetting(ClockSetting setting) {
    writable();
    settings.saveClock(setting);
  }

  @Override
  public byte[] tokenKey() {
    return tokenKey.clone();
  }

  // --- accounts ---------------------------------------------------------------------------------

  @Override
  public Optional<Account> account(AccountId id) {
    return sql.one(
        "SELECT " + ACCOUNT_COLUMNS + " FROM accounts WHERE id = ?", JdbcTx::account, id.value());
  }

  @Override
  public Optional<Account> accountByEmail(String normalizedEmail) {
    return sql.one(
        "SELECT "
            + ACCOUNT_COLUMNS
            + " FROM accounts WHERE email_normalized = ? ORDER BY id LIMIT 1",
        JdbcTx::account,
        normalizedEmail);
  }

  @Override
  public void saveAccount(Account a) {
    writable();
    List<String> before =
        sql.list(
            "SELECT organization_id FROM accounts WHERE id = ?",
            rs -> rs.getString(1),
            a.id().value());
    String oldOrganization = before.isEmpty() ? null : before.get(0);
    String newOrganization = a.organizationId() == null ? null : a.organizationId().value();
    sql.update(
        ACCOUNT_UPSERT,
        a.id().value(),
        a.email(),
        Account.normalizeEmail(a.email()),
        a.name(),
        text(a.organizationId()),
        text(a.joinedMethod()),
        millis(a.joinedAt()),
        a.status().name(),
        JsonColumns.tags(a.tags()));
    if (!Objects.equals(oldOrganization, newOrganization)) {
      if (oldOrganization != null) {
        sql.update(
            "UPDATE member_counts SET members = members - 1 WHERE organization_id = ?",
            oldOrganization);
      }
      if (newOrganization != null) {
        sql.update(
            "INSERT INTO member_counts (organization_id, members) VALUES (?, 1)"
                + " ON CONFLICT (organization_id) DO UPDATE SET members = member_counts.members + 1",
            newOrganization);
      }
    }
  }

  @Override
  public List<Account> accounts(OrganizationId org, AccountId after, int limit) {
    String select = "SELECT " + ACCOUNT_COLUMNS + " FROM accounts WHERE organization_id = ?";
    if (after == null) {
      return sql.list(select + " ORDER BY id LIMIT ?", JdbcTx::account, org.value(), limit);
    }
    return sql.list(
        select + " AND id > ? ORDER BY id LIMIT ?",
        JdbcTx::account,
        org.value(),
        after.value(),
        limit);
  }

  /** Kept by {@link #saveAccount} (migration V2), so that a quota check reads one row. */
  @Override
  public int countAccounts(OrganizationId org) {
    return sql.one(
            "SELECT members FROM member_counts WHERE organization_id = ?",
            rs -> rs.getInt(1),
            org.value())
        .orElse(0);
  }

  private static Account account(ResultSet rs) throws SQLException {
    String org = rs.getString("organization_id");
    String method = rs.getString("joined_method");
    return new Account(
        new AccountId(rs.getString("id")),
        rs.getString("email"),
        rs.getString("name"),
        org == null ? null : new OrganizationId(org),
        method == null ? null : JoinedMethod.valueOf(method),
        Sql.instant(rs, "joined_at"),
        AccountStatus.valueOf(rs.getString("status")),
        JsonColumns.tags(rs.getString("tags")));
  }

  // --- organizations ----------------------------------------------------------------------------

  @Override
  public Optional<Organization> organization(OrganizationId id) {
    return sql.one(
        "SELECT " + ORGANIZATION_COLUMNS + " FROM organizations WHERE id = ?",
        rs ->
            new Organization(
                new OrganizationId(rs.getString("id")),
                new AccountId(rs.getString("management_account_id")),
                FeatureSet.valueOf(rs.getString("feature_set")),
                new RootId(rs.getString("root_id")),
                rs.getInt("max_accounts"),
                Sql.instant(rs, "created_at")),
        id.value());
  }

  @Override
  public void saveOrganization(Organization o) {
    writable();
    sql.update(
        ORGANIZATION_UPSERT,
        o.id().value(),
        o.managementAccountId().value(),
        o.featureSet().name(),
        o.rootId().value(),
        o.maxAccounts(),
        millis(o.createdAt()));
  }

  @Override
  public void deleteOrganization(OrganizationId id) {
    writable();
    sql.update("DELETE FROM create_account_statuses WHERE organization_id = ?", id.value());
    sql.update("DELETE FROM delegated_administrators WHERE organization_id = ?", id.value());
    sql.update("DELETE FROM organizations WHERE id = ?", id.value());
  }

  // --- handshakes -------------------------------------------------------------------------------

  @Override
  public Optional<Handshake> handshake(HandshakeId id) {
    return handshakes.find(id);
  }

  @Override
  public long nextSequence() {
    writable();
    return sql.number(dialect.nextSequenceSql());
  }

  @Override
  public void saveHandshake(Handshake handshake) {
    writable();
    handshakes.save(handshake);
  }

  @Override
  public List<Handshake> handshakes(HandshakeQuery query, HandshakeCursor after, int limit) {
    return handshakes.list(query, after, limit);
  }

  @Override
  public int countHandshakes(HandshakeQuery query) {
    return handshakes.count(query);
  }

  @Override
  public int purgeHandshakes(Instant now) {
    writable();
    return handshakes.purge(now);
  }

  // --- create-account requests ------------------------------------------------------------------

  @Override
  public Optional<CreateAccountStatus> createAccountStatus(CreateAccountRequestId id) {
    return sql.one(
        "SELECT " + STATUS_COLUMNS + " FROM create_account_statuses WHERE id = ?",
        JdbcTx::createAccountStatus,
        id.value());
  }

  @Override
  public void saveCreateAccountStatus(CreateAccountStatus s) {
    writable();
    sql.update(
        STATUS_UPSERT,
        s.id().value(),
        s.organizationId().value(),
        s.accountName(),
        s.state().name(),
        millis(s.requestedAt()),
        millis(s.completedAt()),
        text(s.accountId()),
        text(s.failureReason()));
  }

  @Override
  public List<CreateAccountStatus> createAccountStatuses(OrganizationId org) {
    return sql.list(
        "SELECT "
            + STATUS_COLUMNS
            + " FROM create_account_statuses WHERE organization_id = ?"
            + " ORDER BY id",
        JdbcTx::createAccountStatus,
        org.value());
  }

  private static CreateAccountStatus createAccountStatus(ResultSet rs) throws SQLException {
    String account = rs.getString("account_id");
    return new CreateAccountStatus(
        new CreateAccountRequestId(rs.getString("id")),
        new OrganizationId(rs.getString("organization_id")),
        rs.getString("account_name"),
        CreateAccountState.valueOf(rs.getString("state")),
        Sql.instant(rs, "requested_at"),
        Sql.instant(rs, "completed_at"),
        account == null ? null : new AccountId(account),
        rs.getString("failure_reason"));
  }

  // --- delegated administrators -----------------------------------------------------------------

  @Override
  public List<DelegatedAdministrator> delegatedAdministrators(OrganizationId org) {
    return sql.list(
        "SELECT "
            + ADMIN_COLUMNS
            + " FROM delegated_administrators WHERE organization_id = ?"
            + " ORDER BY account_id, service_principal",
        rs ->
            new DelegatedAdministrator(
                new OrganizationId(rs.getString("organization_id")),
                new AccountId(rs.getString("account_id")),
                rs.getString("service_principal"),
                Sql.instant(rs, "enabled_at")),
        org.value());
  }

  @Override
  public void saveDelegatedAdministrator(DelegatedAdministrator r) {
    writable();
    sql.update(
        ADMIN_UPSERT,
        r.organizationId().value(),
        r.accountId().value(),
        r.servicePrincipal(),
        millis(r.enabledAt()));
  }

  @Override
  public void deleteDelegatedAdministrator(
      OrganizationId org, AccountId account, String servicePrincipal) {
    writable();
    sql.update(
        "DELETE FROM delegated_administrators"
            + " WHERE organization_id = ? AND account_id = ? AND service_principal = ?",
        org.value(),
        account.value(),
        servicePrincipal);
  }

  // --- everything -------------------------------------------------------------------------------

  @Override
  public void deleteAll() {
    writable();
    for (String table :
        List.of(
            "accounts",
            "member_counts",
            "organizations",
            "handshakes",
            "create_account_statuses",
            "delegated_administrators")) {
      sql.update("DELETE FROM " + table);
    }
    settings.deleteAllButTokenKey();
  }
}
