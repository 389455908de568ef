package dev.orgd.core.store;

import java.util.Deque;

/** The in-memory clock setting and token key. */
final class MemorySettings extends MemoryRepository implements SettingsRepository {
  MemorySettings(MemoryTables tables, Deque<Runnable> undo) {
    super(tables, undo);
  }

  @Override
  public ClockSetting clock() {
    return tables.clock;
  }

  @Override
  public void saveClock(ClockSetting setting) {
    writable();
    ClockSetting old = tables.clock;
    tables.clock = setting;
    onUndo(() -> tables.clock = old);
  }

  @Override
  public byte[] tokenKey() {
    return tables.tokenKey.clone();
  }
}
