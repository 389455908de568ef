package dev.orgd.core.store;

import java.util.Map;
import java.util.function.Function;

/**
 * The storage port: everything orgd keeps, behind units of work. Each API call runs as exactly one
 * unit of work, so it is applied entirely or not at all. Implementations: the in-memory reference
 * {@link InMemoryStore} and the JDBC stores (SQLite, PostgreSQL); all pass one contract suite.
 *
 * <p>A unit of work may be run more than once when the backend detects a conflicting concurrent
 * transaction (for example a serialization failure in PostgreSQL), so the function must have no
 * effects outside the {@link StoreTx} it is given. When retries are exhausted the store throws the
 * domain's ConcurrentModificationException. A backend that is unreachable throws ServiceException.
 */
public interface Store extends AutoCloseable {

  /**
   * Runs {@code work} in a read-only unit of work that sees one consistent state; a write in it
   * throws {@link IllegalStateException}.
   */
  <T> T read(Function<StoreTx, T> work);

  /**
   * Runs {@code work} atomically: all its writes become visible together, or none do. The same as
   * {@link #write(WriteScope, Function)} with {@link WriteScope#NONE}.
   */
  default <T> T write(Function<StoreTx, T> work) {
    return write(WriteScope.NONE, work);
  }

  /**
   * Runs {@code work} atomically, as a unit of work about the organizations {@code scope} names:
   * units of work about the same organization may be made to wait for one another rather than run
   * at the same time (see {@link WriteScope}).
   */
  <T> T write(WriteScope scope, Function<StoreTx, T> work);

  /** The backend's name, as shown by the health endpoint: memory, sqlite or postgres. */
  String kind();

  /** The schema version the backend runs on (the last migration applied), or "n/a". */
  String schemaVersion();

  /**
   * Where the backend keeps its data, for a person to read in a start-up line: a file, or a
   * database URL with any password masked; empty for a store that keeps nothing.
   */
  default String location() {
    return "";
  }

  /**
   * The connection pool's figures for metrics ({@code active}, {@code idle}, {@code total}, {@code
   * waiting}); empty for a store without a pool.
   */
  default Map<String, Number> poolFigures() {
    return Map.of();
  }

  /** Releases connections and files. */
  @Override
  void close();
}
