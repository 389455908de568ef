// Shared helpers for the AWS SDK for JavaScript v3 scenarios that the it module's JsSdkIT runs.
// Each scenario talks to the orgd server named by ORGD_ENDPOINT with real clients (one per
// account: the access key id is the 12-digit account id) and prints one JSON summary as its last
// line of output.
import {
  CreateOrganizationCommand,
  InviteAccountToOrganizationCommand,
  OrganizationsClient,
} from "@aws-sdk/client-organizations";

export const ENDPOINT = process.env.ORGD_ENDPOINT;
export const MGMT = "111111111111";
export const ALICE = "222222222222";
export const BOB = "333333333333";

if (!ENDPOINT) {
  throw new Error("ORGD_ENDPOINT is not set");
}

/** A client acting as `account`, without retries so every error arrives as the server sent it. */
export function client(account) {
  return new OrganizationsClient({
    endpoint: ENDPOINT,
    region: "us-east-1",
    credentials: { accessKeyId: account, secretAccessKey: "orgd-it-secret" },
    maxAttempts: 1,
  });
}

/** Calls orgd's control plane: POST with a JSON body, or GET without one. */
export async function control(path, body) {
  const response = await fetch(ENDPOINT + path, {
    method: body === undefined ? "GET" : "POST",
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`control plane ${path} answered ${response.status}: ${await response.text()}`);
  }
  return response.json();
}

export async function createOrganization(orgClient, featureSet = "ALL") {
  const out = await orgClient.send(new CreateOrganizationCommand({ FeatureSet: featureSet }));
  return out.Organization;
}

export async function inviteAccount(orgClient, accountId, extra = {}) {
  const out = await orgClient.send(
    new InviteAccountToOrganizationCommand({ Target: { Type: "ACCOUNT", Id: accountId }, ...extra }),
  );
  return out.Handshake;
}

/** Runs `call`, which must fail, and describes the error as the SDK typed it. */
export async function failure(call) {
  try {
    await call();
  } catch (err) {
    return {
      name: err.name,
      reason: err.Reason ?? null,
      message: err.message,
      status: err.$metadata?.httpStatusCode ?? null,
      attempts: err.$metadata?.attempts ?? null,
      requestId: Boolean(err.$metadata?.requestId),
      fault: err.$fault ?? null,
    };
  }
  return { name: "NO_ERROR" };
}

/** Prints the summary JsSdkIT parses: one JSON object on the last line. */
export function emit(summary) {
  process.stdout.write(JSON.stringify(summary) + "\n");
}
