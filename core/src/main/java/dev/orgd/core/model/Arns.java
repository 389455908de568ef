package dev.orgd.core.model;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ARN layouts of AWS Organizations; every ARN names the owning organization's management
 * account.
 */
public final class Arns {
  private static final String PREFIX = "arn:aws:organizations::";

  /** The action as a handshake ARN spells it, made once: every listed handshake has an ARN. */
  private static final Map<ActionType, String> ARN_ACTIONS = new EnumMap<>(ActionType.class);

  static {
    for (ActionType action : ActionType.values()) {
      ARN_ACTIONS.put(action, action.name().toLowerCase(Locale.ROOT));
    }
  }

  private Arns() {
    throw new AssertionError("not instantiable");
  }

  public static String organization(Organization org) {
    return PREFIX + org.managementAccountId() + ":organization/" + org.id();
  }

  public static String account(Organization org, AccountId account) {
    return PREFIX + org.managementAccountId() + ":account/" + org.id() + "/" + account;
  }

  public static String root(Organization org) {
    return PREFIX + org.managementAccountId() + ":root/" + org.id() + "/" + org.rootId();
  }

  public static String organizationalUnit(Organization org, OrganizationalUnitId ou) {
    return PREFIX + org.managementAccountId() + ":ou/" + org.id() + "/" + ou;
  }

  public static String handshake(
      AccountId managementAccount, OrganizationId org, ActionType action, HandshakeId id) {
    return PREFIX
        + managementAccount
        + ":handshake/"
        + org
        + "/"
        + ARN_ACTIONS.get(action)
        + "/"
        + id;
  }
}
