package dev.orgd.store.jdbc;

import dev.orgd.core.store.WriteScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL's per-organization write locks, which make the writes of one organization wait for one
 * another instead of aborting.
 *
 * <p>Every write runs SERIALIZABLE, and two writes of one organization almost always conflict: the
 * quota and duplicate-invitation checks read ranges of rows that every invitation and acceptance in
 * the organization writes into, and acceptances update its member count. Under load one of each
 * pair was aborted, ran again, and often gave up with ConcurrentModificationException. So before
 * its transaction begins, a write takes a session-level advisory lock for each organization of its
 * {@link WriteScope}, and gives them back after the transaction has ended. Its snapshot is then
 * taken after the previous writer of the organization committed, on whichever node. The lock has to
 * come before the snapshot, which a SERIALIZABLE transaction takes at its first statement: a lock
 * waited for inside the transaction (pg_advisory_xact_lock, SELECT ... FOR UPDATE) leaves it
 * reading from before the previous writer committed, and it conflicts all the same.
 *
 * <p>The locks are keyed by the schema and the organization id, so that databases shared by schemas
 * do not make unrelated writes wait. They are taken in key order, so two writes that each need two
 * organizations (an account moving between them) cannot deadlock; should PostgreSQL report a
 * deadlock anyway, the unit of work runs again as on any conflict.
 */
final class OrganizationLocks {

  /** The first half of every lock key, "orgd" in ASCII, so that the keys are orgd's own. */
  private static final int NAMESPACE = 0x6f726764;

  private static final String LOCK =
      "SELECT keys.key, pg_advisory_lock(?, keys.key) IS NULL FROM ("
          + "SELECT DISTINCT hashtext(current_schema() || '.' || organization_id) AS key FROM ("
          + "SELECT id AS organization_id FROM organizations"
          + " WHERE id = ANY (string_to_array(?, ','))"
          + " UNION ALL SELECT organization_id FROM accounts"
          + " WHERE id = ANY (string_to_array(?, ','))"
          + " UNION ALL SELECT organization_id FROM handshakes"
          + " WHERE id = ANY (string_to_array(?, ','))"
          + ") named WHERE organization_id IS NOT NULL ORDER BY key) keys";

  private OrganizationLocks() {
    throw new AssertionError("not instantiable");
  }

  /**
   * Waits for and takes the locks of the organizations {@code scope} names, outside any
   * transaction. Locks taken before a failure stay held: call {@link #unlockAll} in any case.
   */
  static void lock(Connection connection, WriteScope scope) throws SQLException {
    connection.setAutoCommit(true);
    try (PreparedStatement statement = connection.prepareStatement(LOCK)) {
      statement.setInt(1, NAMESPACE);
      statement.setString(2, joined(scope.organizations()));
      statement.setString(3, joined(scope.accounts()));
      statement.setString(4, joined(scope.handshakes()));
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          // one row per lock taken
        }
      }
    } finally {
      connection.setAutoCommit(false);
    }
  }

  /** Gives back every advisory lock the connection's session holds, outside any transaction. */
  static void unlockAll(Connection connection) throws SQLException {
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_unlock_all()");
    } finally {
      connection.setAutoCommit(false);
    }
  }

  /** Ids joined by commas; none of orgd's ids can hold one. */
  private static String joined(List<?> ids) {
    return ids.stream().map(Object::toString).collect(Collectors.joining(","));
  }
}
