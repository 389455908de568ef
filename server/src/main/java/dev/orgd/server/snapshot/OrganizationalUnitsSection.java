package dev.orgd.server.snapshot;

import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationalUnit;
import dev.orgd.core.model.OrganizationalUnitId;
import dev.orgd.core.store.StoreTx;
import java.util.ArrayList;
import java.util.List;

/** OUs, each organization's walked from its root, so a parent comes before its children. */
final class OrganizationalUnitsSection implements SnapshotSection<OrganizationalUnit> {
  @Override
  public String name() {
    return "organizationalUnits";
  }

  @Override
  public Class<OrganizationalUnit> rowType() {
    return OrganizationalUnit.class;
  }

  @Override
  public List<OrganizationalUnit> export(StoreTx tx) {
    List<OrganizationalUnit> all = new ArrayList<>();
    for (Organization org : OrganizationsSection.all(tx)) {
      walk(tx, org, null, all);
    }
    return all;
  }

  private static void walk(
      StoreTx tx, Organization org, OrganizationalUnitId parent, List<OrganizationalUnit> out) {
    List<OrganizationalUnit> children =
        Keysets.drain(
            (after, limit) -> tx.organizationalUnits().children(org.id(), parent, after, limit),
            OrganizationalUnit::id);
    for (OrganizationalUnit child : children) {
      out.add(child);
      walk(tx, org, child.id(), out);
    }
  }

  @Override
  public void load(StoreTx tx, List<OrganizationalUnit> rows) {
    rows.forEach(tx.organizationalUnits()::save);
  }
}
