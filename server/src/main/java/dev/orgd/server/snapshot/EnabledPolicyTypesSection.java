package dev.orgd.server.snapshot;

import dev.orgd.core.model.EnabledPolicyType;
import dev.orgd.core.model.Organization;
import dev.orgd.core.store.StoreTx;
import java.util.ArrayList;
import java.util.List;

/** The policy types enabled on each organization's root. */
final class EnabledPolicyTypesSection implements SnapshotSection<EnabledPolicyType> {
  @Override
  public String name() {
    return "enabledPolicyTypes";
  }

  @Override
  public Class<EnabledPolicyType> rowType() {
    return EnabledPolicyType.class;
  }

  @Override
  public List<EnabledPolicyType> export(StoreTx tx) {
    List<EnabledPolicyType> all = new ArrayList<>();
    for (Organization org : OrganizationsSection.all(tx)) {
      all.addAll(tx.enabledPolicyTypes().list(org.id()));
    }
    return all;
  }

  @Override
  public void load(StoreTx tx, List<EnabledPolicyType> rows) {
    rows.forEach(tx.enabledPolicyTypes()::save);
  }
}
