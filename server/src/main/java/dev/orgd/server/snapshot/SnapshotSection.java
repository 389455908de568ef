package dev.orgd.server.snapshot;

import dev.orgd.core.store.StoreTx;
import java.util.List;

/**
 * One aggregate's part of a state snapshot: the rows its {@link StoreTx} repository keeps, exported
 * and loaded through that repository, so a snapshot of one backend loads on every other. A new
 * aggregate is one class like this, added to {@link StateSnapshots#SECTIONS}.
 *
 * @param <T> the row: a domain record (written as JSON with its components' names) or a record of
 *     the section's own
 */
public interface SnapshotSection<T> {

  /** The section's member in the document's {@code sections}. */
  String name();

  /** The row type, which Jackson reads and writes. */
  Class<T> rowType();

  /** Every row, read in the unit of work {@code tx}. */
  List<T> export(StoreTx tx);

  /**
   * Saves the rows in {@code tx} (a unit that has emptied the store). Sections load in the order of
   * {@link StateSnapshots#SECTIONS}, so a row may rely on the sections before it.
   */
  void load(StoreTx tx, List<T> rows);
}
