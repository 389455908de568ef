package dev.orgd.store.jdbc;

import static dev.orgd.store.jdbc.Sql.millis;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.ResponsibilityTransfer;
import dev.orgd.core.model.ResponsibilityTransferId;
import dev.orgd.core.model.ResponsibilityTransferStatus;
import dev.orgd.core.model.TransferType;
import dev.orgd.core.store.HandshakeCursor;
import dev.orgd.core.store.ResponsibilityTransferRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The responsibility_transfers table (migration V8). A listing walks the index of one side ({@code
 * target_organization} for inbound, {@code source_organization} for outbound) backwards from the
 * cursor, newest first, as the handshakes' listings do.
 */
final class ResponsibilityTransferRows extends JdbcRepository
    implements ResponsibilityTransferRepository {

  private static final String COLUMNS =
      "id, transfer_type, name, source_organization, source_management_account,"
          + " target_organization, target_management_account, handshake_id, start_at, end_at,"
          + " expires_at, status, status_changed_at, requested_at, seq, tags";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM responsibility_transfers";
  private static final String UPSERT =
      Sql.upsert("responsibility_transfers", 1, COLUMNS.split(", "));
  // Literals, not parameters, so that the partial indexes of migration V8 match the query.
  private static final String UNENDED = " AND status IN ('REQUESTED', 'ACCEPTED', 'WITHDRAWN')";

  ResponsibilityTransferRows(Sql sql, boolean writable) {
    super(sql, writable);
  }

  @Override
  public Optional<ResponsibilityTransfer> find(ResponsibilityTransferId id) {
    return sql.one(SELECT + " WHERE id = ?", ResponsibilityTransferRows::map, id.value());
  }

  @Override
  public Optional<ResponsibilityTransfer> findByHandshake(HandshakeId handshake) {
    return sql.one(
        SELECT + " WHERE handshake_id = ?", ResponsibilityTransferRows::map, handshake.value());
  }

  @Override
  public void save(ResponsibilityTransfer t) {
    writable();
    sql.update(
        UPSERT,
        t.id().value(),
        t.type().name(),
        t.name(),
        t.sourceOrganization().value(),
        t.sourceManagementAccount().value(),
        t.targetOrganization().value(),
        t.targetManagementAccount().value(),
        t.handshakeId().value(),
        millis(t.startAt()),
        millis(t.endAt()),
        millis(t.expiresAt()),
        t.status().name(),
        millis(t.statusChangedAt()),
        millis(t.requestedAt()),
        t.sequence(),
        JsonColumns.tags(t.tags()));
  }

  @Override
  public List<ResponsibilityTransfer> list(
      OrganizationId org, boolean inbound, TransferType type, HandshakeCursor after, int limit) {
    String side = inbound ? "target_organization" : "source_organization";
    StringBuilder query = new StringBuilder(SELECT).append(" WHERE ").append(side).append(" = ?");
    List<Object> params = new ArrayList<>(List.of(org.value()));
    query.append(" AND transfer_type = ?");
    params.add(type.name());
    if (after != null) {
      query.append(" AND (requested_at, seq) < (?, ?)");
      params.add(millis(after.requestedAt()));
      params.add(after.sequence());
    }
    query.append(" ORDER BY requested_at DESC, seq DESC LIMIT ?");
    params.add(limit);
    return sql.list(query.toString(), ResponsibilityTransferRows::map, params.toArray());
  }

  @Override
  public List<ResponsibilityTransfer> all(ResponsibilityTransferId after, int limit) {
    return after == null
        ? sql.list(SELECT + " ORDER BY id LIMIT ?", ResponsibilityTransferRows::map, limit)
        : sql.list(
            SELECT + " WHERE id > ? ORDER BY id LIMIT ?",
            ResponsibilityTransferRows::map,
            after.value(),
            limit);
  }

  @Override
  public List<ResponsibilityTransfer> unended(OrganizationId org) {
    List<ResponsibilityTransfer> unended =
        new ArrayList<>(
            sql.list(
                SELECT + " WHERE target_organization = ?" + UNENDED,
                ResponsibilityTransferRows::map,
                org.value()));
    unended.addAll(
        sql.list(
            SELECT + " WHERE source_organization = ?" + UNENDED,
            ResponsibilityTransferRows::map,
            org.value()));
    return unended;
  }

  /**
   * The retention of {@link ResponsibilityTransfer#retainedUntil} in SQL: 30 days after a declined,
   * canceled or expired invitation ended, after an unanswered one's deadline, or after a withdrawn
   * transfer's end; accepted transfers stay.
   */
  @Override
  public int purge(Instant now) {
    writable();
    long cutoff = now.minus(Handshake.RETENTION).toEpochMilli();
    return sql.update(
        "DELETE FROM responsibility_transfers WHERE"
            + " (status IN ('DECLINED', 'CANCELED', 'EXPIRED') AND status_changed_at < ?)"
            + " OR (status = 'REQUESTED' AND expires_at < ?)"
            + " OR (status = 'WITHDRAWN' AND end_at < ?)",
        cutoff,
        cutoff,
        cutoff);
  }

  private static ResponsibilityTransfer map(ResultSet rs) throws SQLException {
    return new ResponsibilityTransfer(
        new ResponsibilityTransferId(rs.getString("id")),
        TransferType.valueOf(rs.getString("transfer_type")),
        rs.getString("name"),
        new OrganizationId(rs.getString("source_organization")),
        new AccountId(rs.getString("source_management_account")),
        new OrganizationId(rs.getString("target_organization")),
        new AccountId(rs.getString("target_management_account")),
        new HandshakeId(rs.getString("handshake_id")),
        Sql.instant(rs, "start_at"),
        Sql.instant(rs, "end_at"),
        Sql.instant(rs, "expires_at"),
        ResponsibilityTransferStatus.valueOf(rs.getString("status")),
        Sql.instant(rs, "status_changed_at"),
        Sql.instant(rs, "requested_at"),
        rs.getLong("seq"),
        JsonColumns.tags(rs.getString("tags")));
  }
}
