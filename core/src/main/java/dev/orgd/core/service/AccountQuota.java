package dev.orgd.core.service;

import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.Organization;
import dev.orgd.core.store.HandshakeQuery;

/**
 * The account quota, the one place it is checked: an organization holds at most {@link
 * Organization#maxAccounts()} accounts, its management account included. An open invitation holds a
 * place (README: "open invitations count"), so inviting and creating count members and open
 * invitations; accepting an invitation fills the place its own invitation held, so it counts
 * members only.
 */
final class AccountQuota {
  private AccountQuota() {
    throw new AssertionError("not instantiable");
  }

  /** Whether {@code org} has room for one more account, counting its open invitations. */
  static boolean hasRoomCountingInvitations(Session s, Organization org) {
    return hasRoom(s, org, openInvitations(s, org));
  }

  /** Whether {@code org} has room for the account that accepts one of its invitations. */
  static boolean hasRoomForAcceptance(Session s, Organization org) {
    return hasRoom(s, org, 0);
  }

  private static boolean hasRoom(Session s, Organization org, int placesHeld) {
    return s.tx.accounts().countMembers(org.id()) + placesHeld + 1 <= org.maxAccounts();
  }

  private static int openInvitations(Session s, Organization org) {
    return s.tx
        .handshakes()
        .count(HandshakeQuery.sentBy(org.id()).withAction(ActionType.INVITE).openAt(s.now));
  }
}
