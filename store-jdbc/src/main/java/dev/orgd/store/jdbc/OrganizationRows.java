package dev.orgd.store.jdbc;

import static dev.orgd.store.jdbc.Sql.millis;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Partition;
import dev.orgd.core.model.RootId;
import dev.orgd.core.store.OrganizationRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** The organizations table. */
final class OrganizationRows extends JdbcRepository implements OrganizationRepository {

  private static final String COLUMNS =
      "id, management_account_id, feature_set, root_id, max_accounts, created_at, arn_partition";
  private static final String UPSERT = Sql.upsert("organizations", 1, COLUMNS.split(", "));

  OrganizationRows(Sql sql, boolean writable) {
    super(sql, writable);
  }

  @Override
  public Optional<Organization> find(OrganizationId id) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM organizations WHERE id = ?",
        OrganizationRows::map,
        id.value());
  }

  @Override
  public List<Organization> list(OrganizationId after, int limit) {
    // Organization ids start with "o-", so every one sorts after the empty string.
    return sql.list(
        "SELECT " + COLUMNS + " FROM organizations WHERE id > ? ORDER BY id LIMIT ?",
        OrganizationRows::map,
        after == null ? "" : after.value(),
        limit);
  }

  private static Organization map(ResultSet rs) throws SQLException {
    return new Organization(
        new OrganizationId(rs.getString("id")),
        new AccountId(rs.getString("management_account_id")),
        FeatureSet.valueOf(rs.getString("feature_set")),
        new RootId(rs.getString("root_id")),
        rs.getInt("max_accounts"),
        Sql.instant(rs, "created_at"),
        Partition.fromId(rs.getString("arn_partition")));
  }

  @Override
  public void save(Organization o) {
    writable();
    sql.update(
        UPSERT,
        o.id().value(),
        o.managementAccountId().value(),
        o.featureSet().name(),
        o.rootId().value(),
        o.maxAccounts(),
        millis(o.createdAt()),
        o.partition().id());
    // The first save gives the organization a random policy version (see the repository); later
    // saves leave it as it is, since the upsert does not name the column.
    sql.update(
        "UPDATE organizations SET policy_version = ? WHERE id = ? AND policy_version = 0",
        ThreadLocalRandom.current().nextLong(1, 1L << 62),
        o.id().value());
  }

  @Override
  public long policyVersion(OrganizationId id) {
    return sql.one(
            "SELECT policy_version FROM organizations WHERE id = ?",
            rs -> rs.getLong(1),
            id.value())
        .orElse(0L);
  }

  @Override
  public void bumpPolicyVersion(OrganizationId id) {
    writable();
    sql.update(
        "UPDATE organizations SET policy_version = policy_version + 1 WHERE id = ?", id.value());
  }

  @Override
  public void delete(OrganizationId id) {
    writable();
    sql.update("DELETE FROM organizations WHERE id = ?", id.value());
  }
}
