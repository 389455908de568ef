// paginateListHandshakesForOrganization walking through three empty pages that a fault rule
// injects (POST /_orgd/faults {"emptyPages": 3}): each has no items and a NextToken that resumes
// where the client was, so the walk must end with every invitation once, in order.
import { paginateListHandshakesForOrganization } from "@aws-sdk/client-organizations";
import { MGMT, client, control, createOrganization, emit, inviteAccount } from "./orgd.mjs";

const mgmt = client(MGMT);
await createOrganization(mgmt);
const created = [];
for (const account of ["200000000001", "200000000002", "200000000003", "200000000004", "200000000005"]) {
  created.push((await inviteAccount(mgmt, account)).Id);
}
await control("/_orgd/faults", { operation: "ListHandshakesForOrganization", emptyPages: 3 });

const pages = [];
for await (const page of paginateListHandshakesForOrganization({ client: mgmt, pageSize: 2 }, {})) {
  pages.push({ ids: page.Handshakes.map((h) => h.Id), nextToken: Boolean(page.NextToken) });
}
emit({ createdNewestFirst: created.reverse(), pages });
