// paginateListHandshakesForOrganization (and ...ForAccount) with pageSize across several pages.
// Under a frozen clock, MGMT's organization invites 7 accounts, and ALICE is invited by 3
// organizations; the summary lists every page the paginators yielded.
import {
  paginateListHandshakesForAccount,
  paginateListHandshakesForOrganization,
} from "@aws-sdk/client-organizations";
import { ALICE, MGMT, client, control, createOrganization, emit, inviteAccount } from "./orgd.mjs";

async function pages(paginator) {
  const out = [];
  for await (const page of paginator) {
    out.push({ ids: page.Handshakes.map((h) => h.Id), nextToken: Boolean(page.NextToken) });
  }
  return out;
}

await control("/_orgd/clock", { set: "2032-01-01T00:00:00Z", freeze: true });
const mgmt = client(MGMT);
await createOrganization(mgmt);
const orgCreated = [];
for (let i = 1; i <= 7; i++) {
  orgCreated.push((await inviteAccount(mgmt, String(200000000000 + i))).Id);
}
const accountCreated = [];
for (let i = 1; i <= 3; i++) {
  const owner = client(String(300000000000 + i));
  await createOrganization(owner);
  accountCreated.push((await inviteAccount(owner, ALICE)).Id);
}

emit({
  orgCreated,
  orgPages: await pages(paginateListHandshakesForOrganization({ client: mgmt, pageSize: 3 }, {})),
  orgFilteredPages: await pages(
    paginateListHandshakesForOrganization(
      { client: mgmt, pageSize: 5 },
      { Filter: { ActionType: "INVITE" } },
    ),
  ),
  accountCreated,
  accountPages: await pages(
    paginateListHandshakesForAccount({ client: client(ALICE), pageSize: 2 }, {}),
  ),
});
