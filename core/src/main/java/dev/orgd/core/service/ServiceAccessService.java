package dev.orgd.core.service;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.EnabledService;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Organization;
import dev.orgd.core.page.KeyCodec;
import dev.orgd.core.page.Keyset;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.store.WriteScope;

/**
 * Trusted access: the service principals an organization allows to work in it
 * (EnableAWSServiceAccess, DisableAWSServiceAccess, ListAWSServiceAccessForOrganization). All three
 * need all features. Enabling an enabled principal keeps its first date, and disabling one that is
 * not enabled succeeds (AWS documents neither); disabling leaves delegated administrators
 * registered (nothing documents a cascade).
 */
public final class ServiceAccessService {
  private static final Keyset<EnabledService, String> BY_PRINCIPAL =
      new Keyset<>(KeyCodec.of(p -> p, p -> p), EnabledService::servicePrincipal);

  private final Orgd orgd;
  private final ServicePrincipals principals;

  ServiceAccessService(Orgd orgd, ServicePrincipals principals) {
    this.orgd = orgd;
    this.principals = principals;
  }

  public void enable(AccountId caller, String servicePrincipal) {
    principals.require(servicePrincipal);
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = allFeatures(s.managedBy(caller));
          if (s.tx.enabledServices().find(org.id(), servicePrincipal).isEmpty()) {
            s.tx.enabledServices().save(new EnabledService(org.id(), servicePrincipal, s.now));
          }
          return null;
        });
  }

  public void disable(AccountId caller, String servicePrincipal) {
    principals.require(servicePrincipal);
    orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = allFeatures(s.managedBy(caller));
          s.tx.enabledServices().delete(org.id(), servicePrincipal);
          return null;
        });
  }

  /** ListAWSServiceAccessForOrganization: the enabled services by principal. */
  public Page<EnabledService> list(AccountId caller, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = allFeatures(s.administeredBy(caller));
          return Paging.page(
              s,
              BY_PRINCIPAL,
              "ListAWSServiceAccessForOrganization|" + caller,
              request,
              (after, limit) -> s.tx.enabledServices().list(org.id(), after, limit));
        });
  }

  /** Whether {@code org} enabled {@code servicePrincipal}. */
  static boolean isEnabled(Session s, Organization org, String servicePrincipal) {
    return s.tx.enabledServices().find(org.id(), servicePrincipal).isPresent();
  }

  private static Organization allFeatures(Organization org) {
    if (org.featureSet() != FeatureSet.ALL) {
      // The message AWS sends for ListAWSServiceAccessForOrganization on such an organization.
      throw OrgdException.constraint(
          ConstraintViolationReason.ORGANIZATION_NOT_IN_ALL_FEATURES_MODE,
          "The request failed because the organization does not have all features enabled."
              + " Please enable all features in your organization and then retry.");
    }
    return org;
  }
}
