package dev.orgd.core.model;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ARN layouts of AWS Organizations; every ARN names the owning organization's management
 * account, in the organization's partition.
 */
public final class Arns {
  /** Each partition's prefix, made once. */
  private static final Map<Partition, String> PREFIXES = new EnumMap<>(Partition.class);

  /** The action as a handshake ARN spells it, made once: every listed handshake has an ARN. */
  private static final Map<ActionType, String> ARN_ACTIONS = new EnumMap<>(ActionType.class);

  static {
    for (ActionType action : ActionType.values()) {
      ARN_ACTIONS.put(action, action.name().toLowerCase(Locale.ROOT));
    }
    for (Partition partition : Partition.values()) {
      PREFIXES.put(partition, "arn:" + partition.id() + ":organizations::");
    }
  }

  private Arns() {
    throw new AssertionError("not instantiable");
  }

  public static String organization(Organization org) {
    return PREFIXES.get(org.partition()) + org.managementAccountId() + ":organization/" + org.id();
  }

  public static String account(Organization org, AccountId account) {
    return PREFIXES.get(org.partition())
        + org.managementAccountId()
        + ":account/"
        + org.id()
        + "/"
        + account;
  }

  public static String root(Organization org) {
    return PREFIXES.get(org.partition())
        + org.managementAccountId()
        + ":root/"
        + org.id()
        + "/"
        + org.rootId();
  }

  public static String organizationalUnit(Organization org, OrganizationalUnitId ou) {
    return PREFIXES.get(org.partition()) + org.managementAccountId() + ":ou/" + org.id() + "/" + ou;
  }

  public static String resourcePolicy(Organization org, String resourcePolicyId) {
    return PREFIXES.get(org.partition())
        + org.managementAccountId()
        + ":resourcepolicy/"
        + org.id()
        + "/"
        + resourcePolicyId;
  }

  /** A customer policy: {@code …:policy/o-…/service_control_policy/p-…}. */
  public static String policy(Organization org, dev.orgd.core.policy.PolicyType type, PolicyId id) {
    return PREFIXES.get(org.partition())
        + org.managementAccountId()
        + ":policy/"
        + org.id()
        + "/"
        + type.arnSegment()
        + "/"
        + id;
  }

  public static String handshake(
      Partition partition,
      AccountId managementAccount,
      OrganizationId org,
      ActionType action,
      HandshakeId id) {
    return PREFIXES.get(partition)
        + managementAccount
        + ":handshake/"
        + org
        + "/"
        + ARN_ACTIONS.get(action)
        + "/"
        + id;
  }
}
