// The AWS SDK for JavaScript v3 against orgd started with --auth sigv4 (SignedClientsIT).
// ORGD_KEY / ORGD_SECRET are a configured key of the management account: the scenario creates the
// organization with it, then calls again with a wrong secret and with an unknown key, and prints
// what came back as one JSON line.
import {
  CreateOrganizationCommand,
  DescribeOrganizationCommand,
  OrganizationsClient,
} from "@aws-sdk/client-organizations";

const ENDPOINT = process.env.ORGD_ENDPOINT;
const KEY = process.env.ORGD_KEY;
const SECRET = process.env.ORGD_SECRET;

function client(accessKeyId, secretAccessKey) {
  return new OrganizationsClient({
    endpoint: ENDPOINT,
    region: "ap-southeast-2",
    credentials: { accessKeyId, secretAccessKey },
    maxAttempts: 1,
  });
}

async function refusal(c) {
  try {
    await c.send(new DescribeOrganizationCommand({}));
    return null;
  } catch (e) {
    return { code: e.name, status: e.$metadata?.httpStatusCode };
  }
}

const good = client(KEY, SECRET);
const created = (await good.send(new CreateOrganizationCommand({ FeatureSet: "ALL" }))).Organization;
const described = (await good.send(new DescribeOrganizationCommand({}))).Organization;
console.log(
  JSON.stringify({
    createdBy: created.MasterAccountId,
    sameOrganization: created.Id === described.Id,
    wrongSecret: await refusal(client(KEY, SECRET + "x")),
    unknownKey: await refusal(client("AKIAUNKNOWNKEY000000", SECRET)),
  }),
);
