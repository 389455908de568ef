package dev.orgd.server.snapshot;

import dev.orgd.core.store.ClockSetting;
import dev.orgd.core.store.StoreTx;
import java.util.List;

/**
 * orgd's clock setting (an offset from real time, or the instant it is frozen at): one row. The
 * page-token key is not exported, so tokens from before a load do not verify after it.
 */
final class ClockSection implements SnapshotSection<ClockSetting> {
  @Override
  public String name() {
    return "clock";
  }

  @Override
  public Class<ClockSetting> rowType() {
    return ClockSetting.class;
  }

  @Override
  public List<ClockSetting> export(StoreTx tx) {
    return List.of(tx.settings().clock());
  }

  @Override
  public void load(StoreTx tx, List<ClockSetting> rows) {
    if (rows.size() > 1) {
      throw new IllegalArgumentException("clock has at most one row");
    }
    rows.forEach(tx.settings()::saveClock);
  }
}
