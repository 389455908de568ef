package dev.orgd.core.service;

import dev.orgd.core.model.Arns;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationalUnit;

/**
 * An OU with its organization (which its ARN names) and its path: the organization, the root and
 * the OUs from the root down to this one, each followed by {@code /}.
 */
public record OrganizationalUnitDetails(
    OrganizationalUnit organizationalUnit, Organization organization, String path) {
  public String arn() {
    return Arns.organizationalUnit(organization, organizationalUnit.id());
  }
}
