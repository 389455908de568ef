package dev.orgd.server.snapshot;

import dev.orgd.core.model.Organization;
import dev.orgd.core.store.StoreTx;
import java.util.List;

/** Organizations, by id. */
final class OrganizationsSection implements SnapshotSection<Organization> {
  @Override
  public String name() {
    return "organizations";
  }

  @Override
  public Class<Organization> rowType() {
    return Organization.class;
  }

  @Override
  public List<Organization> export(StoreTx tx) {
    return Keysets.drain(tx.organizations()::list, Organization::id);
  }

  @Override
  public void load(StoreTx tx, List<Organization> rows) {
    rows.forEach(tx.organizations()::save);
  }

  /** Every organization, for the sections whose repositories list per organization. */
  static List<Organization> all(StoreTx tx) {
    return Keysets.drain(tx.organizations()::list, Organization::id);
  }
}
