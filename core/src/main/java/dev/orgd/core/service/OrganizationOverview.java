package dev.orgd.core.service;

import dev.orgd.core.model.Organization;
import java.util.Objects;

/**
 * An organization as the control plane lists it (not part of AWS): with its number of member
 * accounts (the management account included), OUs and open handshakes at the instant it was read.
 */
public record OrganizationOverview(
    Organization organization, int accounts, int organizationalUnits, int openHandshakes) {
  public OrganizationOverview {
    Objects.requireNonNull(organization, "organization");
  }
}
