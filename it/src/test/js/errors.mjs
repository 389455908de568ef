// Typed errors of the JavaScript SDK: err.name is the exception, err.Reason its wire Reason, and
// the modeled exception class matches with instanceof.
import {
  AcceptHandshakeCommand,
  DescribeHandshakeCommand,
  DuplicateHandshakeException,
  HandshakeConstraintViolationException,
  HandshakeNotFoundException,
  InvalidInputException,
  ListHandshakesForOrganizationCommand,
} from "@aws-sdk/client-organizations";
import {
  ALICE,
  BOB,
  MGMT,
  client,
  createOrganization,
  emit,
  failure,
  inviteAccount,
} from "./orgd.mjs";

const mgmt = client(MGMT);
const alice = client(ALICE);
await createOrganization(mgmt);
const toAlice = await inviteAccount(mgmt, ALICE);
await alice.send(new AcceptHandshakeCommand({ HandshakeId: toAlice.Id }));
await inviteAccount(mgmt, BOB);

const unknown = "h-" + "0".repeat(32);
const cases = {
  notFound: [
    HandshakeNotFoundException,
    () => mgmt.send(new DescribeHandshakeCommand({ HandshakeId: unknown })),
  ],
  duplicate: [DuplicateHandshakeException, () => inviteAccount(mgmt, BOB)],
  alreadyMember: [HandshakeConstraintViolationException, () => inviteAccount(mgmt, ALICE)],
  badToken: [
    InvalidInputException,
    () => mgmt.send(new ListHandshakesForOrganizationCommand({ NextToken: "not-a-token" })),
  ],
  tooManyResults: [
    InvalidInputException,
    () => mgmt.send(new ListHandshakesForOrganizationCommand({ MaxResults: 21 })),
  ],
};

const summary = {};
for (const [name, [type, call]] of Object.entries(cases)) {
  let typed = false;
  const described = await failure(async () => {
    try {
      await call();
    } catch (err) {
      typed = err instanceof type;
      throw err;
    }
  });
  summary[name] = { ...described, instanceOfModeledClass: typed };
}
emit(summary);
