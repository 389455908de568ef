package dev.orgd.store.jdbc;

import java.sql.SQLException;

/**
 * A {@link SQLException} on its way out of a unit of work; {@link JdbcStore} turns it into a retry,
 * a ConcurrentModificationException or a ServiceException.
 */
final class SqlFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SqlFailure(SQLException cause) {
    super(cause.getMessage(), cause);
  }

  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }
}
