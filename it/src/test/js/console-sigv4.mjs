// The console against an orgd with --auth sigv4 and an admin token (ConsoleSigV4IT): the page loads
// without the token, asks for it and for keys, refuses a wrong token, then signs every AWS call
// with the acting account's key (WebCrypto) while acting as two accounts. Environment:
// ORGD_ENDPOINT, ORGD_CHROMIUM, ORGD_TOKEN and ORGD_KEYS (credentials-file lines). Prints one JSON
// summary line.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const ENDPOINT = process.env.ORGD_ENDPOINT;
const MGMT = "111111111111";
const ALICE = "222222222222";
const summary = {};

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "orgd-console-chromium-"));
const browser = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.ORGD_CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = browser.pages()[0] || (await browser.newPage());
  page.setDefaultTimeout(10_000);
  await page.goto(ENDPOINT + "/");
  await page.locator("#sign-in").waitFor();

  await page.fill("#sign-in input[name=token]", "not-the-token");
  await page.click("#sign-in button");
  await page.locator("#sign-in", { hasText: "missing or wrong" }).waitFor();
  summary.wrongTokenRefused = true;

  await page.fill("#sign-in input[name=token]", process.env.ORGD_TOKEN);
  await page.fill("#sign-in textarea[name=keys]", process.env.ORGD_KEYS);
  await page.click("#sign-in button");
  await page.locator("#orgs").waitFor();
  summary.keysFor = await page.locator("#keys-panel p").innerText();

  await page.fill("#actor", MGMT);
  await page.press("#actor", "Enter");
  await page.click("#create-org-form button");
  const row = page.locator("#orgs tbody tr[data-id]");
  await row.waitFor();
  const orgId = await row.getAttribute("data-id");
  await page.click(`#orgs a[href="#/org/${orgId}"]`);
  await page.locator("#tree .node").first().waitFor();
  await page.fill("#invite-form input[name=target]", ALICE);
  await page.click("#invite-form button");
  const invitation = page.locator("#handshakes tr[data-action=INVITE]").first();
  await invitation.waitFor();
  const id = await invitation.getAttribute("data-id");

  await page.goto(`${ENDPOINT}/_orgd/console/#/account/${ALICE}`);
  await page.locator(`#handshakes tr[data-id="${id}"] button`, { hasText: "accept" }).click();
  await page.locator(`#handshakes tr[data-id="${id}"][data-state=ACCEPTED]`).waitFor();
  summary.acceptedBySignedCall = true;
  summary.errors = await page.locator("#messages .msg.error").allInnerTexts();
} finally {
  await browser.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
console.log(JSON.stringify(summary));
