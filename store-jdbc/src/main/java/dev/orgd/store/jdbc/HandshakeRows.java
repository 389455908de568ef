package dev.orgd.store.jdbc;

import static dev.orgd.store.jdbc.Sql.millis;
import static dev.orgd.store.jdbc.Sql.text;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Partition;
import dev.orgd.core.store.HandshakeCursor;
import dev.orgd.core.store.HandshakeQuery;
import dev.orgd.core.store.HandshakeRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The handshakes table. Listings are keyset pages: each walks one index backwards from the cursor
 * ({@code (requested_at, seq) < (?, ?)}) and stops after {@code limit} rows, so a page costs the
 * same however many handshakes are stored.
 */
final class HandshakeRows extends JdbcRepository implements HandshakeRepository {

  private static final String COLUMNS =
      "id, organization_id, management_account_id, action, state, requested_at, expires_at,"
          + " state_changed_at, retained_until, parent_id, recipient_account, recipient_email,"
          + " parties, resources, tags, seq, arn_partition";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM handshakes";
  private static final String NEWEST_FIRST = " ORDER BY requested_at DESC, seq DESC";
  private static final String UPSERT =
      Sql.upsert(
          "handshakes",
          1,
          "id",
          "organization_id",
          "management_account_id",
          "action",
          "state",
          "requested_at",
          "expires_at",
          "state_changed_at",
          "retained_until",
          "parent_id",
          "recipient_account",
          "recipient_email",
          "parties",
          "resources",
          "tags",
          "seq",
          "arn_partition");

  private final Dialect dialect;

  HandshakeRows(Sql sql, boolean writable, Dialect dialect) {
    super(sql, writable);
    this.dialect = dialect;
  }

  @Override
  public long nextSequence() {
    writable();
    return sql.number(dialect.nextSequenceSql());
  }

  @Override
  public Optional<Handshake> find(HandshakeId id) {
    return sql.one(SELECT + " WHERE id = ?", HandshakeRows::map, id.value());
  }

  @Override
  public void save(Handshake h) {
    writable();
    sql.update(
        UPSERT,
        h.id().value(),
        h.organizationId().value(),
        h.managementAccountId().value(),
        h.action().name(),
        h.state().name(),
        millis(h.requestedAt()),
        millis(h.expiresAt()),
        millis(h.stateChangedAt()),
        millis(h.retainedUntil()),
        text(h.parentId()),
        text(h.recipientAccount()),
        text(h.recipientEmail()),
        JsonColumns.parties(h.parties()),
        JsonColumns.resources(h.resources()),
        JsonColumns.tags(h.tags()),
        h.sequence(),
        h.partition().id());
  }

  @Override
  public List<Handshake> list(HandshakeQuery query, HandshakeCursor after, int limit) {
    if (query.recipientAccount() != null && query.recipientEmail() != null) {
      return listForEitherRecipient(query, after, limit);
    }
    Where where = narrowing(query).recipient(query).after(after);
    return sql.list(page(where), HandshakeRows::map, where.params(limit));
  }

  /**
   * A recipient by account or by email: one page from each index, merged. UNION drops a handshake
   * that both select.
   */
  private List<Handshake> listForEitherRecipient(
      HandshakeQuery query, HandshakeCursor after, int limit) {
    Where byAccount =
        narrowing(query)
            .and("recipient_account = ?", query.recipientAccount().value())
            .after(after);
    Where byEmail =
        narrowing(query).and("recipient_email = ?", query.recipientEmail()).after(after);
    String union =
        "SELECT * FROM ("
            + page(byAccount)
            + ") by_account UNION SELECT * FROM ("
            + page(byEmail)
            + ") by_email"
            + NEWEST_FIRST
            + " LIMIT ?";
    List<Object> params = new ArrayList<>(List.of(byAccount.params(limit)));
    params.addAll(List.of(byEmail.params(limit)));
    params.add(limit);
    return sql.list(union, HandshakeRows::map, params.toArray());
  }

  @Override
  public int count(HandshakeQuery query) {
    Where where = narrowing(query);
    if (query.recipientAccount() != null && query.recipientEmail() != null) {
      where.and(
          "(recipient_account = ? OR recipient_email = ?)",
          query.recipientAccount().value(),
          query.recipientEmail());
    } else {
      where.recipient(query);
    }
    String count = "SELECT COUNT(*) FROM handshakes" + where.sql();
    return Math.toIntExact(sql.number(count, where.params()));
  }

  @Override
  public int purge(Instant now) {
    writable();
    return sql.update("DELETE FROM handshakes WHERE retained_until < ?", millis(now));
  }

  private static String page(Where where) {
    return SELECT + where.sql() + NEWEST_FIRST + " LIMIT ?";
  }

  /** The conditions of every query member but the recipient. */
  private static Where narrowing(HandshakeQuery q) {
    Where where = new Where();
    if (q.organization() != null) {
      where.and("organization_id = ?", q.organization().value());
    }
    if (q.action() != null) {
      where.and("action = ?", q.action().name());
    }
    if (q.parent() != null) {
      where.and("parent_id = ?", q.parent().value());
    }
    // States are written as literals, not parameters: only then can the database match the
    // partial indexes of open and of not accepted handshakes (migration V2) to the query.
    if (q.openAt() != null) {
      where.and(
          "state IN ("
              + literal(HandshakeState.REQUESTED)
              + ", "
              + literal(HandshakeState.OPEN)
              + ") AND expires_at >= ?",
          millis(q.openAt()));
    }
    if (q.requestedSince() != null) {
      where.and("requested_at >= ?", millis(q.requestedSince()));
    }
    if (q.excludedState() != null) {
      where.and("state <> " + literal(q.excludedState()));
    }
    return where;
  }

  /** A state as an SQL string literal; enum names are letters and underscores only. */
  private static String literal(HandshakeState state) {
    return "'" + state.name() + "'";
  }

  private static Handshake map(ResultSet rs) throws SQLException {
    String parent = rs.getString("parent_id");
    String recipient = rs.getString("recipient_account");
    return new Handshake(
        new HandshakeId(rs.getString("id")),
        new OrganizationId(rs.getString("organization_id")),
        new AccountId(rs.getString("management_account_id")),
        ActionType.valueOf(rs.getString("action")),
        HandshakeState.valueOf(rs.getString("state")),
        Sql.instant(rs, "requested_at"),
        Sql.instant(rs, "expires_at"),
        Sql.instant(rs, "state_changed_at"),
        JsonColumns.parties(rs.getString("parties")),
        JsonColumns.resources(rs.getString("resources")),
        parent == null ? null : new HandshakeId(parent),
        recipient == null ? null : new AccountId(recipient),
        rs.getString("recipient_email"),
        JsonColumns.tags(rs.getString("tags")),
        rs.getLong("seq"),
        Partition.fromId(rs.getString("arn_partition")));
  }

  /** A WHERE clause being put together, with its parameters in order. */
  private static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    Where and(String condition, Object... values) {
      conditions.add(condition);
      params.addAll(List.of(values));
      return this;
    }

    /** Narrows to one recipient, by account or by email, whichever the query names. */
    Where recipient(HandshakeQuery q) {
      if (q.recipientAccount() != null) {
        and("recipient_account = ?", q.recipientAccount().value());
      }
      if (q.recipientEmail() != null) {
        and("recipient_email = ?", q.recipientEmail());
      }
      return this;
    }

    Where after(HandshakeCursor cursor) {
      if (cursor != null) {
        and("(requested_at, seq) < (?, ?)", millis(cursor.requestedAt()), cursor.sequence());
      }
      return this;
    }

    String sql() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Object[] params(Object... more) {
      List<Object> all = new ArrayList<>(params);
      all.addAll(List.of(more));
      return all.toArray();
    }
  }
}
