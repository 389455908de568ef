package dev.orgd.store.jdbc;

import static dev.orgd.store.jdbc.Sql.text;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.OrganizationalUnit;
import dev.orgd.core.model.OrganizationalUnitId;
import dev.orgd.core.store.OrganizationalUnitRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The organizational_units table (migration V4); parent_id NULL is the root. */
final class OrganizationalUnitRows extends JdbcRepository implements OrganizationalUnitRepository {

  private static final String COLUMNS = "id, organization_id, parent_id, name, tags";
  private static final String UPSERT = Sql.upsert("organizational_units", 1, COLUMNS.split(", "));

  OrganizationalUnitRows(Sql sql, boolean writable) {
    super(sql, writable);
  }

  /** The condition on parent_id: NULL is the root, and {@code = NULL} matches nothing. */
  static String parentIs(String column, OrganizationalUnitId parent) {
    return parent == null ? column + " IS NULL" : column + " = ?";
  }

  /** The parameters with the parent's id inserted after the first, when there is a parent. */
  static Object[] withParent(OrganizationalUnitId parent, Object first, Object... rest) {
    Object[] params = new Object[rest.length + (parent == null ? 1 : 2)];
    params[0] = first;
    int at = 1;
    if (parent != null) {
      params[at++] = parent.value();
    }
    System.arraycopy(rest, 0, params, at, rest.length);
    return params;
  }

  @Override
  public Optional<OrganizationalUnit> find(OrganizationalUnitId id) {
    return sql.one(
        "SELECT " + COLUMNS + " FROM organizational_units WHERE id = ?",
        OrganizationalUnitRows::map,
        id.value());
  }

  @Override
  public Optional<OrganizationalUnit> findByName(
      OrganizationId org, OrganizationalUnitId parent, String name) {
    return sql.one(
        "SELECT "
            + COLUMNS
            + " FROM organizational_units WHERE organization_id = ? AND "
            + parentIs("parent_id", parent)
            + " AND name = ? ORDER BY id LIMIT 1",
        OrganizationalUnitRows::map,
        withParent(parent, org.value(), name));
  }

  @Override
  public void save(OrganizationalUnit ou) {
    writable();
    sql.update(
        UPSERT,
        ou.id().value(),
        ou.organizationId().value(),
        text(ou.parentId()),
        ou.name(),
        JsonColumns.tags(ou.tags()));
  }

  @Override
  public void delete(OrganizationalUnitId id) {
    writable();
    sql.update("DELETE FROM organizational_units WHERE id = ?", id.value());
  }

  @Override
  public List<OrganizationalUnit> children(
      OrganizationId org, OrganizationalUnitId parent, OrganizationalUnitId after, int limit) {
    // OU ids start with "ou-", so every one sorts after the empty string.
    return sql.list(
        "SELECT "
            + COLUMNS
            + " FROM organizational_units WHERE organization_id = ? AND "
            + parentIs("parent_id", parent)
            + " AND id > ? ORDER BY id LIMIT ?",
        OrganizationalUnitRows::map,
        withParent(parent, org.value(), after == null ? "" : after.value(), limit));
  }

  @Override
  public int count(OrganizationId org) {
    return (int)
        sql.number(
            "SELECT COUNT(*) FROM organizational_units WHERE organization_id = ?", org.value());
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    sql.update("DELETE FROM organizational_units WHERE organization_id = ?", org.value());
  }

  private static OrganizationalUnit map(ResultSet rs) throws SQLException {
    String parent = rs.getString("parent_id");
    return new OrganizationalUnit(
        new OrganizationalUnitId(rs.getString("id")),
        new OrganizationId(rs.getString("organization_id")),
        parent == null ? null : new OrganizationalUnitId(parent),
        rs.getString("name"),
        JsonColumns.tags(rs.getString("tags")));
  }
}
