// The web console in headless Chromium (Debian's chromium, driven by playwright-core), against the
// orgd named by ORGD_ENDPOINT: finding an organization, walking the OU tree, inviting an account and
// accepting as it, an invitation expiring when the clock moves, a refused action's error, following
// another client's change without a reload, and the time to a usable organization page with 10,000
// handshakes and 1,000 accounts. Screenshots go to ORGD_SCREENSHOTS (docs/ when run by the build).
// Every step waits for what a person would see and fails with what it waited for; the last line of
// output is a JSON summary that ConsoleIT checks.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import {
  CreateAccountCommand,
  CreateOrganizationalUnitCommand,
  CreateOrganizationCommand,
  InviteAccountToOrganizationCommand,
  ListRootsCommand,
  MoveAccountCommand,
} from "@aws-sdk/client-organizations";
import { ENDPOINT, MGMT, ALICE, BOB, client, control } from "./orgd.mjs";

const CHROMIUM = process.env.ORGD_CHROMIUM || "/usr/bin/chromium";
const SHOTS = process.env.ORGD_SCREENSHOTS;
const BIG_MGMT = "555555555555";
const CAROL = "444444444444";
const summary = {};

function step(name) {
  console.error(`[console] ${name}`);
}

async function shot(page, name) {
  if (SHOTS) {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `console-${name}.png`), fullPage: false });
  }
}

// --- an organization with a tree, made by another client (the JS SDK) ----------------------------
const mgmt = client(MGMT);
const org = (await mgmt.send(new CreateOrganizationCommand({ FeatureSet: "ALL" }))).Organization;
const rootId = (await mgmt.send(new ListRootsCommand({}))).Roots[0].Id;
const eng = (await mgmt.send(new CreateOrganizationalUnitCommand({ ParentId: rootId, Name: "Engineering" })))
  .OrganizationalUnit;
const platform = (await mgmt.send(new CreateOrganizationalUnitCommand({ ParentId: eng.Id, Name: "Platform" })))
  .OrganizationalUnit;
const created = await mgmt.send(new CreateAccountCommand({ Email: "build@example.com", AccountName: "build" }));
const buildId = created.CreateAccountStatus.AccountId;
await mgmt.send(new MoveAccountCommand({ AccountId: buildId, SourceParentId: rootId, DestinationParentId: platform.Id }));
await control("/_orgd/accounts", { AccountId: ALICE, Email: "alice@example.com", Name: "alice" });
summary.organizationId = org.Id;

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "orgd-console-chromium-"));
const browser = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const offOrigin = [];
try {
  const page = browser.pages()[0] || (await browser.newPage());
  page.setDefaultTimeout(10_000);
  // Nothing may leave the machine: every request goes to orgd's own origin.
  page.on("request", (r) => {
    if (!r.url().startsWith(ENDPOINT) && !r.url().startsWith("data:")) offOrigin.push(r.url());
  });
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));

  // --- find the organization ------------------------------------------------------------------
  step("open the console at /");
  await page.goto(ENDPOINT + "/");
  summary.redirectedTo = new URL(page.url()).pathname;
  await page.locator(`#orgs tr[data-id="${org.Id}"]`).waitFor();
  await page.fill("#find", MGMT);
  summary.foundRows = await page.locator("#orgs tbody tr[data-id]").count();
  summary.foundFeatureSet = await page.locator(`#orgs tr[data-id="${org.Id}"] td:nth-child(3)`).innerText();
  await shot(page, "organizations");

  // --- walk the OU tree -------------------------------------------------------------------------
  step("walk the OU tree");
  await page.click(`#orgs a[href="#/org/${org.Id}"]`);
  await page.locator(`#tree .node[data-id="${eng.Id}"]`).waitFor();
  await page.locator(`#tree .node[data-id="${eng.Id}"]`).locator("xpath=..").locator(".twisty").click();
  await page.locator(`#tree .node[data-id="${platform.Id}"]`).locator("xpath=..").locator(".twisty").click();
  const build = page.locator(`#tree .node[data-id="${buildId}"]`);
  await build.waitFor();
  summary.buildNode = await build.innerText();
  await build.click();
  await page.locator("#details #policies").waitFor();
  await page.locator("#details #policies h3", { hasText: "Effective policy" }).waitFor();
  await page.waitForFunction(() => !document.querySelector("#policies").innerText.includes("Loading"));
  summary.policiesPanel = await page.locator("#details #policies").innerText();
  await shot(page, "organization");

  // --- another client changes the tree; the open page follows without a reload --------------------
  step("follow another client's change");
  const ops = (await mgmt.send(new CreateOrganizationalUnitCommand({ ParentId: rootId, Name: "Operations" })))
    .OrganizationalUnit;
  await page.locator(`#tree .node[data-id="${ops.Id}"]`).waitFor();
  summary.followedOu = true;

  // --- invite an account and accept as it --------------------------------------------------------
  step("invite alice and accept as alice");
  summary.actorOnOrgPage = await page.inputValue("#actor");
  await page.fill("#invite-form input[name=target]", ALICE);
  await page.fill("#invite-form input[name=notes]", "welcome");
  await page.click("#invite-form button");
  const invitation = page.locator("#handshakes tr[data-action=INVITE]").first();
  await invitation.waitFor();
  const invitationId = await invitation.getAttribute("data-id");
  summary.invitedState = await invitation.getAttribute("data-state");
  await page.goto(`${ENDPOINT}/_orgd/console/#/account/${ALICE}`);
  const received = page.locator(`#handshakes tr[data-id="${invitationId}"]`);
  await received.waitFor();
  summary.actorOnAccountPage = await page.inputValue("#actor");
  await received.locator("button", { hasText: "accept" }).click();
  await page.locator(`#handshakes tr[data-id="${invitationId}"][data-state=ACCEPTED]`).waitFor();
  await page.locator("#account-org a", { hasText: org.Id }).waitFor();
  summary.acceptedState = "ACCEPTED";
  await shot(page, "received");
  await page.click(`#account-org a`);
  await page.locator(`#tree .node[data-id="${ALICE}"]`).waitFor();
  summary.aliceInTree = await page.locator(`#tree .node[data-id="${ALICE}"]`).innerText();

  // --- an invitation expires when the clock moves --------------------------------------------------
  step("an invitation expires after the clock moves");
  await page.fill("#actor", MGMT);
  await page.press("#actor", "Enter");
  await mgmt.send(new InviteAccountToOrganizationCommand({ Target: { Id: BOB, Type: "ACCOUNT" } }));
  const bobRow = page.locator("#handshakes tr[data-action=INVITE][data-state=OPEN]").first();
  await bobRow.waitFor();
  summary.timeLeftBefore = await bobRow.locator("td.left").innerText();
  const bobId = await bobRow.getAttribute("data-id");
  await page.click("#clock-panel button:has-text('+15D1S')");
  await page.locator(`#handshakes tr[data-id="${bobId}"][data-state=EXPIRED]`).waitFor();
  summary.timeLeftAfter = await page.locator(`#handshakes tr[data-id="${bobId}"] td.left`).innerText();
  await page.selectOption("#handshakes select[name=state]", "EXPIRED");
  await page.locator(`#handshakes tr[data-id="${invitationId}"]`).waitFor({ state: "detached" });
  summary.expiredFilterIds = await page.locator("#handshakes tbody tr[data-id]").evaluateAll(
    (rows) => rows.map((r) => r.dataset.id));
  summary.expiredId = bobId;
  await shot(page, "handshakes");
  await page.selectOption("#handshakes select[name=state]", "");

  // --- a refused action shows its error ------------------------------------------------------------
  step("a refused action shows its error");
  await page.fill("#actor", ALICE);
  await page.press("#actor", "Enter");
  await page.fill("#invite-form input[name=target]", CAROL);
  await page.click("#invite-form button");
  const error = page.locator("#messages .msg.error").first();
  await error.waitFor();
  summary.refusal = await error.innerText();
  await shot(page, "error");

  // --- speed: 1,000 accounts and 10,000 handshakes --------------------------------------------------
  step("seed 1,000 accounts and 10,000 handshakes");
  const seedStart = Date.now();
  const bigOrg = (await client(BIG_MGMT).send(new CreateOrganizationCommand({ FeatureSet: "ALL" })))
    .Organization;
  await control("/_orgd/quotas", { OrganizationId: bigOrg.Id, MaxAccounts: 20000 });
  await pipelined("CreateAccount", BIG_MGMT, Array.from({ length: 999 }, (_, i) => ({
    Email: `seed-${i}@example.com`, AccountName: `seed-${i}`,
  })), 4);
  await pipelined("InviteAccountToOrganization", BIG_MGMT, Array.from({ length: 10_000 }, (_, i) => ({
    Target: { Id: String(600_000_000_000 + i), Type: "ACCOUNT" },
  })), 4);
  summary.seedSeconds = (Date.now() - seedStart) / 1000;
  const counted = (await control(`/_orgd/organizations?Id=${bigOrg.Id}`)).Organizations[0];
  summary.bigAccounts = counted.Accounts;
  summary.bigOpenHandshakes = counted.OpenHandshakes;

  step("time the organization page");
  summary.loads = [];
  for (let i = 0; i < 3; i++) {
    await page.goto("about:blank");
    const started = Date.now();
    await page.goto(`${ENDPOINT}/_orgd/console/#/org/${bigOrg.Id}`);
    await page.locator("#handshakes tbody tr[data-id]").first().waitFor();
    await page.locator(`#tree .node[data-id]`).nth(1).waitFor();
    const wall = Date.now() - started;
    const timing = await page.evaluate(() => ({
      ready: performance.getEntriesByName("orgd-view-ready").map((e) => e.startTime)[0],
      fcp: performance.getEntriesByType("paint").find((e) => e.name === "first-contentful-paint")?.startTime,
    }));
    summary.loads.push({ wallMs: wall, readyMs: Math.round(timing.ready), fcpMs: Math.round(timing.fcp) });
  }
  summary.bigHandshakeRows = await page.locator("#handshakes tbody tr[data-id]").count();
  summary.bigTreeAccounts = await page.locator("#tree .node[data-id]").count();
  await shot(page, "large");
  summary.pageErrors = pageErrors;
} finally {
  await browser.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
summary.offOrigin = offOrigin;
if (SHOTS) {
  const speed = { seedSeconds: summary.seedSeconds, loads: summary.loads, loadAverage: os.loadavg() };
  fs.writeFileSync(path.join(SHOTS, "console-speed.json"), JSON.stringify(speed, null, 2) + "\n");
}
console.log(JSON.stringify(summary));

// Seeding writes the AWS calls straight to sockets, pipelined (orgd answers a connection's requests
// in order), without an SDK or fetch: orgd reads the account from the credential and checks no
// signature by default. For 11,000 calls this takes a fifth of fetch's client CPU.
async function pipelined(operation, account, inputs, connections) {
  const endpoint = new URL(ENDPOINT);
  const auth = `AWS4-HMAC-SHA256 Credential=${account}/20260101/us-east-1/organizations/aws4_request, `
    + "SignedHeaders=host, Signature=unchecked";
  const per = Math.ceil(inputs.length / connections);
  const chunks = Array.from({ length: connections }, (_, i) => inputs.slice(i * per, (i + 1) * per))
    .filter((c) => c.length);
  await Promise.all(chunks.map((chunk) => new Promise((resolve, reject) => {
    const socket = net.connect(Number(endpoint.port), endpoint.hostname);
    let buffer = Buffer.alloc(0);
    let answered = 0;
    socket.on("error", reject);
    socket.on("close", () => answered < chunk.length && reject(new Error(`${operation}: connection closed`)));
    socket.on("data", (data) => {
      buffer = Buffer.concat([buffer, data]);
      for (;;) {
        const end = buffer.indexOf("\r\n\r\n");
        if (end < 0) return;
        const head = buffer.subarray(0, end).toString();
        const length = Number(/content-length:\s*(\d+)/i.exec(head)?.[1] || 0);
        if (buffer.length < end + 4 + length) return;
        const status = Number(head.split(" ")[1]);
        const body = buffer.subarray(end + 4, end + 4 + length).toString();
        buffer = buffer.subarray(end + 4 + length);
        if (status !== 200) {
          socket.destroy();
          reject(new Error(`${operation} answered ${status}: ${body}`));
          return;
        }
        if (++answered === chunk.length) {
          socket.end();
          resolve();
          return;
        }
      }
    });
    socket.write(chunk.map((input) => {
      const body = Buffer.from(JSON.stringify(input));
      return `POST / HTTP/1.1\r\nHost: ${endpoint.host}\r\nContent-Type: application/x-amz-json-1.1\r\n`
        + `X-Amz-Target: AWSOrganizationsV20161128.${operation}\r\nAuthorization: ${auth}\r\n`
        + `Content-Length: ${body.length}\r\n\r\n${body}`;
    }).join(""));
  })));
}
