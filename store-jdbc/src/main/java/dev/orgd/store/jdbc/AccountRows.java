package dev.orgd.store.jdbc;

import static dev.orgd.store.jdbc.Sql.millis;
import static dev.orgd.store.jdbc.Sql.text;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.AccountStatus;
import dev.orgd.core.model.JoinedMethod;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.OrganizationalUnitId;
import dev.orgd.core.store.AccountRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The accounts table, and the member count of each organization (migration V2). */
final class AccountRows extends JdbcRepository implements AccountRepository {

  private static final String COLUMNS =
      "id, email, email_normalized, name, organization_id, joined_method, joined_at, status, tags,"
          + " organizational_unit_id, closure_requested_at, govcloud_account_id";
  private static final String UPSERT = Sql.upsert("accounts", 1, COLUMNS.split(", "));

  AccountRows(Sql sql, boolean writable) {
    super(sql, writable);
  }

  @Override
  public Optional<Account> find(AccountId id) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM accounts WHERE id = ?", AccountRows::map, id.value());
  }

  @Override
  public List<Account> all(AccountId after, int limit) {
    return sql.list(
        "SELECT " + COLUMNS + " FROM accounts WHERE id > ? ORDER BY id LIMIT ?",
        AccountRows::map,
        after == null ? "" : after.value(),
        limit);
  }

  @Override
  public Optional<Account> findByEmail(String normalizedEmail) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM accounts WHERE email_normalized = ? ORDER BY id LIMIT 1",
        AccountRows::map,
        normalizedEmail);
  }

  @Override
  public void save(Account a) {
    writable();
    List<String> before =
        sql.list(
            "SELECT organization_id FROM accounts WHERE id = ?",
            rs -> rs.getString(1),
            a.id().value());
    String oldOrganization = before.isEmpty() ? null : before.get(0);
    String newOrganization = a.organizationId() == null ? null : a.organizationId().value();
    sql.update(
        UPSERT,
        a.id().value(),
        a.email(),
        Account.normalizeEmail(a.email()),
        a.name(),
        text(a.organizationId()),
        text(a.joinedMethod()),
        millis(a.joinedAt()),
        a.status().name(),
        JsonColumns.tags(a.tags()),
        text(a.organizationalUnitId()),
        millis(a.closureRequestedAt()),
        text(a.govCloudAccountId()));
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
  public List<Account> members(OrganizationId org, AccountId after, int limit) {
    // Account ids are twelve digits, so every one sorts after the empty string.
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM accounts WHERE organization_id = ? AND id > ? ORDER BY id LIMIT ?",
        AccountRows::map,
        org.value(),
        after == null ? "" : after.value(),
        limit);
  }

  @Override
  public List<Account> inParent(
      OrganizationId org, OrganizationalUnitId ou, AccountId after, int limit) {
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM accounts WHERE organization_id = ? AND "
            + OrganizationalUnitRows.parentIs("organizational_unit_id", ou)
            + " AND id > ? ORDER BY id LIMIT ?",
        AccountRows::map,
        OrganizationalUnitRows.withParent(
            ou, org.value(), after == null ? "" : after.value(), limit));
  }

  @Override
  public int countClosuresSince(OrganizationId org, Instant since) {
    return sql.one(
            "SELECT COUNT(*) FROM accounts WHERE organization_id = ?"
                + " AND closure_requested_at IS NOT NULL AND closure_requested_at >= ?",
            rs -> rs.getInt(1),
            org.value(),
            millis(since))
        .orElse(0);
  }

  @Override
  public List<Account> closedUntil(OrganizationId org, Instant until, int limit) {
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM accounts WHERE organization_id = ? AND closure_requested_at IS NOT NULL"
            + " AND closure_requested_at <= ? ORDER BY closure_requested_at, id LIMIT ?",
        AccountRows::map,
        org.value(),
        millis(until),
        limit);
  }

  /** Kept by {@link #save} (migration V2), so that a quota check reads one row. */
  @Override
  public int countMembers(OrganizationId org) {
    return sql.one(
            "SELECT members FROM member_counts WHERE organization_id = ?",
            rs -> rs.getInt(1),
            org.value())
        .orElse(0);
  }

  private static Account map(ResultSet rs) throws SQLException {
    String org = rs.getString("organization_id");
    String method = rs.getString("joined_method");
    String ou = rs.getString("organizational_unit_id");
    String govCloud = rs.getString("govcloud_account_id");
    return new Account(
        new AccountId(rs.getString("id")),
        rs.getString("email"),
        rs.getString("name"),
        org == null ? null : new OrganizationId(org),
        method == null ? null : JoinedMethod.valueOf(method),
        Sql.instant(rs, "joined_at"),
        AccountStatus.valueOf(rs.getString("status")),
        JsonColumns.tags(rs.getString("tags")),
        ou == null ? null : new OrganizationalUnitId(ou),
        Sql.instant(rs, "closure_requested_at"),
        govCloud == null ? null : new AccountId(govCloud));
  }
}
