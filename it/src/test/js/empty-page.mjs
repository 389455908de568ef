// paginateListHandshakesForOrganization walking past a page that has no items but a NextToken:
// two invitations are kept open, two newer ones canceled, and the clock moves 30 days and 1 s on,
// past the canceled ones' retention (see src/test/python/empty_page.py for the reasoning).
import {
  CancelHandshakeCommand,
  paginateListHandshakesForOrganization,
} from "@aws-sdk/client-organizations";
import { MGMT, client, control, createOrganization, emit, inviteAccount } from "./orgd.mjs";

const mgmt = client(MGMT);
await createOrganization(mgmt);
const kept = [];
for (const account of ["200000000001", "200000000002"]) {
  kept.push((await inviteAccount(mgmt, account)).Id);
}
for (const account of ["200000000003", "200000000004"]) {
  const dropped = await inviteAccount(mgmt, account);
  await mgmt.send(new CancelHandshakeCommand({ HandshakeId: dropped.Id }));
}
await control("/_orgd/clock", { advance: "P30DT1S" });

const pages = [];
for await (const page of paginateListHandshakesForOrganization({ client: mgmt, pageSize: 2 }, {})) {
  pages.push({ ids: page.Handshakes.map((h) => h.Id), nextToken: Boolean(page.NextToken) });
}
emit({ keptNewestFirst: kept.reverse(), pages });
