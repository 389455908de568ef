package dev.orgd.store.jdbc;

import static dev.orgd.store.jdbc.Sql.millis;
import static dev.orgd.store.jdbc.Sql.text;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.CreateAccountRequestId;
import dev.orgd.core.model.CreateAccountState;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.store.CreateAccountRequestKey;
import dev.orgd.core.store.CreateAccountRequestRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The create_account_statuses table. A listing is a keyset page over the index of migration V3:
 * newest {@code requested_at} first, then by id, from the key of the previous page's last row.
 */
final class CreateAccountRequestRows extends JdbcRepository
    implements CreateAccountRequestRepository {

  private static final String COLUMNS =
      "id, organization_id, account_name, state, requested_at, completed_at, account_id,"
          + " failure_reason, govcloud_account_id";
  private static final String UPSERT =
      Sql.upsert("create_account_statuses", 1, COLUMNS.split(", "));
  private static final String SELECT =
      "SELECT " + COLUMNS + " FROM create_account_statuses WHERE organization_id = ?";
  // The first condition bounds the index range; the second only sorts out the rows requested in
  // the same millisecond as the key, which SQLite would not use the index for if written as an OR.
  private static final String AFTER = " AND requested_at <= ? AND (requested_at < ? OR id > ?)";
  private static final String NEWEST_FIRST = " ORDER BY requested_at DESC, id LIMIT ?";

  CreateAccountRequestRows(Sql sql, boolean writable) {
    super(sql, writable);
  }

  @Override
  public Optional<CreateAccountStatus> find(CreateAccountRequestId id) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM create_account_statuses WHERE id = ?",
        CreateAccountRequestRows::map,
        id.value());
  }

  @Override
  public void save(CreateAccountStatus s) {
    writable();
    sql.update(
        UPSERT,
        s.id().value(),
        s.organizationId().value(),
        s.accountName(),
        s.state().name(),
        millis(s.requestedAt()),
        millis(s.completedAt()),
        text(s.accountId()),
        text(s.failureReason()),
        text(s.govCloudAccountId()));
  }

  @Override
  public List<CreateAccountStatus> list(
      OrganizationId org,
      Set<CreateAccountState> states,
      CreateAccountRequestKey after,
      int limit) {
    StringBuilder query = new StringBuilder(SELECT);
    List<Object> params = new ArrayList<>(8);
    params.add(org.value());
    if (!states.isEmpty()) {
      // One state reads its own index (migration V3); several filter the organization's.
      query.append(" AND state IN (").append("?, ".repeat(states.size() - 1)).append("?)");
      states.stream().map(Enum::name).sorted().forEach(params::add);
    }
    if (after != null) {
      query.append(AFTER);
      long millis = after.requestedAt().toEpochMilli();
      params.add(millis);
      params.add(millis);
      params.add(after.id().value());
    }
    query.append(NEWEST_FIRST);
    params.add(limit);
    return sql.list(query.toString(), CreateAccountRequestRows::map, params.toArray());
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    sql.update("DELETE FROM create_account_statuses WHERE organization_id = ?", org.value());
  }

  private static CreateAccountStatus map(ResultSet rs) throws SQLException {
    String account = rs.getString("account_id");
    String govCloud = rs.getString("govcloud_account_id");
    return new CreateAccountStatus(
        new CreateAccountRequestId(rs.getString("id")),
        new OrganizationId(rs.getString("organization_id")),
        rs.getString("account_name"),
        CreateAccountState.valueOf(rs.getString("state")),
        Sql.instant(rs, "requested_at"),
        Sql.instant(rs, "completed_at"),
        account == null ? null : new AccountId(account),
        rs.getString("failure_reason"),
        govCloud == null ? null : new AccountId(govCloud));
  }
}
