package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.Orgd;
import dev.orgd.server.protocol.Operation;
import java.util.LinkedHashMap;
import java.util.Map;

/** The registry: every implemented operation under its AWS name, listed by hand. */
public final class Operations {
  private Operations() {
    throw new AssertionError("not instantiable");
  }

  /** Operation name (the part of X-Amz-Target after the dot) to operation. */
  public static Map<String, Operation<?, ?>> registry(Orgd orgd) {
    Map<String, Operation<?, ?>> ops = new LinkedHashMap<>();
    // organizations and accounts
    ops.put("CreateOrganization", new CreateOrganization(orgd.organizations()));
    ops.put("DescribeOrganization", new DescribeOrganization(orgd.organizations()));
    ops.put("DeleteOrganization", new DeleteOrganization(orgd.organizations()));
    ops.put("LeaveOrganization", new LeaveOrganization(orgd.organizations()));
    ops.put(
        "RemoveAccountFromOrganization", new RemoveAccountFromOrganization(orgd.organizations()));
    ops.put("DescribeAccount", new DescribeAccount(orgd.organizations()));
    ops.put("ListAccounts", new ListAccounts(orgd.organizations()));
    ops.put("ListRoots", new ListRoots(orgd.organizations()));
    ops.put("CreateAccount", new CreateAccount(orgd.accounts()));
    ops.put("DescribeCreateAccountStatus", new DescribeCreateAccountStatus(orgd.accounts()));
    ops.put("ListCreateAccountStatus", new ListCreateAccountStatus(orgd.accounts()));
    // delegated administrators
    ops.put(
        "RegisterDelegatedAdministrator",
        new RegisterDelegatedAdministrator(orgd.delegatedAdministrators()));
    ops.put(
        "DeregisterDelegatedAdministrator",
        new DeregisterDelegatedAdministrator(orgd.delegatedAdministrators()));
    ops.put(
        "ListDelegatedAdministrators",
        new ListDelegatedAdministrators(orgd.delegatedAdministrators()));
    ops.put(
        "ListDelegatedServicesForAccount",
        new ListDelegatedServicesForAccount(orgd.delegatedAdministrators()));
    // handshakes
    ops.put("InviteAccountToOrganization", new InviteAccountToOrganization(orgd.handshakes()));
    ops.put("AcceptHandshake", new AcceptHandshake(orgd.handshakes()));
    ops.put("DeclineHandshake", new DeclineHandshake(orgd.handshakes()));
    ops.put("CancelHandshake", new CancelHandshake(orgd.handshakes()));
    ops.put("DescribeHandshake", new DescribeHandshake(orgd.handshakes()));
    ListedHandshakes listed = new ListedHandshakes();
    ops.put("ListHandshakesForAccount", new ListHandshakesForAccount(orgd.handshakes(), listed));
    ops.put(
        "ListHandshakesForOrganization",
        new ListHandshakesForOrganization(orgd.handshakes(), listed));
    ops.put("EnableAllFeatures", new EnableAllFeatures(orgd.handshakes()));
    return Map.copyOf(ops);
  }
}
