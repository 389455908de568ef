package dev.orgd.core.policy;

/**
 * The outcome of evaluating the SCPs on an account's path for one request. When denied, {@link
 * #deniedBy()} is the tail of IAM's AccessDenied message: {@code with an explicit deny in a service
 * control policy} or {@code because no service control policy allows the <action> action}.
 */
public record Decision(boolean allowed, String deniedBy) {

  public static final Decision ALLOWED = new Decision(true, null);

  static Decision explicitDeny(PolicyType type) {
    return new Decision(false, "with an explicit deny in a " + kind(type));
  }

  static Decision noAllow(PolicyType type, String action) {
    return new Decision(false, "because no " + kind(type) + " allows the " + action + " action");
  }

  private static String kind(PolicyType type) {
    return type == PolicyType.RESOURCE_CONTROL_POLICY
        ? "resource control policy"
        : "service control policy";
  }

  /**
   * The AccessDeniedException message (decision D34): {@code User: <principal> is not authorized to
   * perform: <action> [on resource: <resource>] <deniedBy>}; the resource part is left out when the
   * resource is {@code *}.
   */
  public String message(String principalArn, RequestContext ctx) {
    if (allowed) {
      throw new IllegalStateException("allowed");
    }
    StringBuilder b =
        new StringBuilder("User: ")
            .append(principalArn)
            .append(" is not authorized to perform: ")
            .append(ctx.action());
    if (!"*".equals(ctx.resourceArn())) {
      b.append(" on resource: ").append(ctx.resourceArn());
    }
    return b.append(' ').append(deniedBy).toString();
  }
}
