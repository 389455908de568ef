package dev.orgd.server.protocol.wire;

import dev.orgd.core.service.OrganizationalUnitDetails;

/** The model's OrganizationalUnit. */
public record WireOrganizationalUnit(String id, String arn, String name, String path) {

  public static WireOrganizationalUnit of(OrganizationalUnitDetails details) {
    return new WireOrganizationalUnit(
        details.organizationalUnit().id().value(),
        details.arn(),
        details.organizationalUnit().name(),
        details.path());
  }
}
