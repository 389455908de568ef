package dev.orgd.bench;

import dev.orgd.bench.scenario.AwsJson;
import dev.orgd.bench.scenario.RepeatScenario;
import dev.orgd.bench.scenario.WritePathScenario;
import dev.orgd.bench.target.OrgdStorage;
import dev.orgd.bench.target.Ports;
import dev.orgd.bench.target.ServerUnderTest;
import dev.orgd.bench.target.SetupClient;
import dev.orgd.bench.target.StorageSpec;
import java.nio.file.Files;
import java.util.List;

/**
 * orgd on one backend: DescribeOrganization, DescribeHandshake, ListHandshakesForOrganization
 * (MaxResults 20, over a full first page), DescribeOrganizationalUnit (of an OU two levels below
 * the root, so that its Path walks the tree) and the write path (invite, then accept).
 */
final class OrgdSection {

  /** Accounts invited during set-up; the write path's accounts start far above them. */
  private static final long FIRST_SETUP_ACCOUNT = 300_000_000_001L;

  /**
   * Enough handshakes for a full 20-item page, and no more: AWS (and so orgd, by default) lets an
   * organization send 20 handshakes a day.
   */
  private static final int SETUP_HANDSHAKES = 20;

  /**
   * The account quota the write path runs under: every iteration adds an account, so AWS's default
   * of 10 (which also bounds the daily invitations at 20) would stop it after a few calls.
   */
  static final int WRITE_PATH_MAX_ACCOUNTS = 1_000_000;

  private OrgdSection() {}

  static String name(OrgdStorage storage) {
    return "orgd-" + storage.flag();
  }

  /** Whether orgd can run at all; notes why not. */
  static boolean available(Bench bench) {
    if (Files.isRegularFile(bench.config.orgdJar())) {
      return true;
    }
    bench.report.missing(
        "orgd rows and scaling runs skipped: orgd jar not found at `"
            + bench.config.display(bench.config.orgdJar())
            + "`"
            + " (build the server module, or pass --orgd-jar).");
    return false;
  }

  static void run(Bench bench, Storages storages, OrgdStorage storage) throws Exception {
    String name = name(storage);
    StorageSpec spec = storages.fresh(storage);
    int port = Ports.free();
    try (ServerUnderTest server =
        ServerUnderTest.launch(
            name,
            bench.config.java().orgd(bench.config.orgdJar(), port, spec, bench.config.orgdArgs()),
            port,
            bench.config.logDir().resolve(name + ".log"),
            ServerUnderTest.createThenDescribeOrganization(
                Bench.MANAGEMENT_ACCOUNT, Bench.STARTUP_LIMIT))) {
      bench.log(name + " up (pid " + server.process().pid() + ")");
      String handshakeId = inviteSetupAccounts(server.client());
      String ouId = createOrganizationalUnits(server.client());
      AwsJson aws = server.aws();
      String m = Bench.MANAGEMENT_ACCOUNT;
      bench.measure(
          server,
          List.of(
              RepeatScenario.of(aws, "DescribeOrganization", m, "{}"),
              RepeatScenario.of(
                  aws,
                  "DescribeHandshake",
                  m,
                  "{\"HandshakeId\":" + AwsJson.quote(handshakeId) + "}"),
              RepeatScenario.of(aws, "ListHandshakesForOrganization", m, "{\"MaxResults\":20}"),
              RepeatScenario.of(
                  aws,
                  "DescribeOrganizationalUnit",
                  m,
                  "{\"OrganizationalUnitId\":" + AwsJson.quote(ouId) + "}")));
      liftQuotas(server.client());
      bench.measure(server, List.of(new WritePathScenario(aws, m)));
      bench.report.add(server.startup());
    } finally {
      storages.release(spec);
    }
  }

  /**
   * Lifts the organization's account quota (and with it the daily invitation limit) through orgd's
   * control plane, as a test would, so that the write path can run for minutes.
   */
  static void liftQuotas(SetupClient client) throws Exception {
    String organization =
        client
            .require("DescribeOrganization", Bench.MANAGEMENT_ACCOUNT, "{}")
            .path("Organization")
            .path("Id")
            .asText();
    client.control(
        "/_orgd/quotas",
        "{\"OrganizationId\":"
            + AwsJson.quote(organization)
            + ",\"MaxAccounts\":"
            + WRITE_PATH_MAX_ACCOUNTS
            + "}");
  }

  /** Creates an OU under the root and one under it; returns the second one's id. */
  private static String createOrganizationalUnits(SetupClient client) throws Exception {
    String parent =
        client
            .require("ListRoots", Bench.MANAGEMENT_ACCOUNT, "{}")
            .path("Roots")
            .path(0)
            .path("Id")
            .asText();
    for (String name : new String[] {"Workloads", "Prod"}) {
      parent =
          client
              .require(
                  "CreateOrganizationalUnit",
                  Bench.MANAGEMENT_ACCOUNT,
                  "{\"ParentId\":" + AwsJson.quote(parent) + ",\"Name\":\"" + name + "\"}")
              .path("OrganizationalUnit")
              .path("Id")
              .asText();
    }
    return parent;
  }

  /**
   * Invites the set-up accounts and cancels all but the first invitation, so that the
   * organization's list holds a full page while only one invitation counts against its account
   * quota (10 by default, pending invitations included). Returns the open handshake's id.
   */
  private static String inviteSetupAccounts(SetupClient client) throws Exception {
    String first = null;
    for (int i = 0; i < SETUP_HANDSHAKES; i++) {
      String account = String.format("%012d", FIRST_SETUP_ACCOUNT + i);
      String id =
          client
              .require(
                  "InviteAccountToOrganization",
                  Bench.MANAGEMENT_ACCOUNT,
                  "{\"Target\":{\"Id\":\"" + account + "\",\"Type\":\"ACCOUNT\"}}")
              .path("Handshake")
              .path("Id")
              .asText();
      if (first == null) {
        first = id;
      } else {
        client.require(
            "CancelHandshake",
            Bench.MANAGEMENT_ACCOUNT,
            "{\"HandshakeId\":" + AwsJson.quote(id) + "}");
      }
    }
    return first;
  }
}
