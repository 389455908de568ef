package dev.orgd.core.store;

import java.util.Deque;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the in-memory repositories share: the store's tables, and the unit of work's undo log (null
 * in a read-only unit), onto which every change pushes the step that takes it back.
 */
abstract class MemoryRepository {
  final MemoryTables tables;
  private final Deque<Runnable> undo;

  MemoryRepository(MemoryTables tables, Deque<Runnable> undo) {
    this.tables = tables;
    this.undo = undo;
  }

  /** Refuses a write in a read-only unit of work. */
  final void writable() {
    if (undo == null) {
      throw new IllegalStateException("write in a read-only unit of work");
    }
  }

  /** Remembers how to take back the change just made, should the unit of work fail. */
  final void onUndo(Runnable step) {
    undo.push(step);
  }

  /**
   * Saves {@code value} with {@code put}, and remembers how to undo that: put back {@code old}, or
   * remove {@code key} when there was nothing.
   */
  final <K, V> void saveUndoably(K key, V value, V old, Consumer<V> put, Consumer<K> remove) {
    put.accept(value);
    onUndo(
        () -> {
          if (old == null) {
            remove.accept(key);
          } else {
            put.accept(old);
          }
        });
  }

  /** Puts {@code old} back under {@code key}, or removes the key when there was none. */
  static <K, V> void restore(Map<K, V> map, K key, V old) {
    if (old == null) {
      map.remove(key);
    } else {
      map.put(key, old);
    }
  }
}
