// An invitation round trip: invite, describe as the recipient, accept, describe again as both
// sides. Timestamps must arrive as Date objects.
import {
  AcceptHandshakeCommand,
  DescribeAccountCommand,
  DescribeHandshakeCommand,
  ListHandshakesForAccountCommand,
} from "@aws-sdk/client-organizations";
import { ALICE, MGMT, client, createOrganization, emit, inviteAccount } from "./orgd.mjs";

const mgmt = client(MGMT);
const alice = client(ALICE);
const org = await createOrganization(mgmt);
const invite = await inviteAccount(mgmt, ALICE, { Notes: "from JS" });

const before = (await alice.send(new DescribeHandshakeCommand({ HandshakeId: invite.Id })))
  .Handshake;
const inbox = (await alice.send(new ListHandshakesForAccountCommand({}))).Handshakes;
const accepted = (await alice.send(new AcceptHandshakeCommand({ HandshakeId: invite.Id })))
  .Handshake;
const afterForMgmt = (await mgmt.send(new DescribeHandshakeCommand({ HandshakeId: invite.Id })))
  .Handshake;
const account = (await mgmt.send(new DescribeAccountCommand({ AccountId: ALICE }))).Account;

emit({
  organizationId: org.Id,
  inviteId: invite.Id,
  describedBefore: { id: before.Id, state: before.State, action: before.Action },
  inboxIds: inbox.map((h) => h.Id),
  acceptedState: accepted.State,
  acceptedParties: accepted.Parties,
  acceptedResourceTypes: accepted.Resources.map((r) => [
    r.Type,
    (r.Resources ?? []).map((n) => n.Type),
  ]),
  stateSeenByMgmt: afterForMgmt.State,
  timestampsAreDates:
    accepted.RequestedTimestamp instanceof Date && accepted.ExpirationTimestamp instanceof Date,
  lifetimeMs: accepted.ExpirationTimestamp.getTime() - accepted.RequestedTimestamp.getTime(),
  joinedMethod: account.JoinedMethod,
});
