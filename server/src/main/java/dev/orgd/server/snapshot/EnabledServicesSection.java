package dev.orgd.server.snapshot;

import dev.orgd.core.model.EnabledService;
import dev.orgd.core.model.Organization;
import dev.orgd.core.store.StoreTx;
import java.util.ArrayList;
import java.util.List;

/** The service principals each organization enabled for trusted access. */
final class EnabledServicesSection implements SnapshotSection<EnabledService> {
  @Override
  public String name() {
    return "enabledServices";
  }

  @Override
  public Class<EnabledService> rowType() {
    return EnabledService.class;
  }

  @Override
  public List<EnabledService> export(StoreTx tx) {
    List<EnabledService> all = new ArrayList<>();
    for (Organization org : OrganizationsSection.all(tx)) {
      all.addAll(
          Keysets.drain(
              (after, limit) -> tx.enabledServices().list(org.id(), after, limit),
              EnabledService::servicePrincipal));
    }
    return all;
  }

  @Override
  public void load(StoreTx tx, List<EnabledService> rows) {
    rows.forEach(tx.enabledServices()::save);
  }
}
