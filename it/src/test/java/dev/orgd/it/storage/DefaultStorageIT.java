package dev.orgd.it.storage;

import static dev.orgd.it.support.Fixtures.ALICE;
import static dev.orgd.it.support.Fixtures.MGMT;
import static dev.orgd.it.support.Fixtures.createOrganization;
import static dev.orgd.it.support.Fixtures.inviteAccount;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgd.it.support.Clients;
import dev.orgd.it.support.ControlPlane;
import dev.orgd.it.support.OrgdProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Handshake;
import software.amazon.awssdk.services.organizations.model.HandshakeState;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

/**
 * {@code ./orgd} with no flags keeps its data in SQLite under {@code ./orgd-data}, which the next
 * start finds again. (ORGD_PORT=0 instead of the default 4566, so that a developer's own orgd does
 * not get in the way; it is not a flag.)
 */
class DefaultStorageIT {
  @TempDir Path workDir;

  @Test
  void theLauncherWithoutFlagsRunsOnSqliteInTheWorkingDirectoryAndKeepsItsData() throws Exception {
    Path launcher = Path.of(System.getProperty("orgd.it.launcher")).toAbsolutePath().normalize();
    Path jar = OrgdProcess.jar(); // the launcher would build it; the reactor already did
    Path archive = jar.resolveSibling("orgd.jsa");
    boolean trains =
        !Files.exists(archive)
            || Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(archive)) > 0;
    Path database = workDir.toRealPath().resolve("orgd-data").resolve("orgd.db");
    Organization org;
    Handshake invite;

    try (OrgdProcess first =
        OrgdProcess.start(
            "launcher", List.of(launcher.toString()), Map.of("ORGD_PORT", "0"), workDir)) {
      assertThat(first.storage()).isEqualTo("sqlite " + database);
      assertThat(database).isRegularFile();
      // The first start after a build records the class-data archive, and says so; later ones not.
      if (trains) {
        assertThat(first.stderr()).contains("recording a class-data archive");
      } else {
        assertThat(first.stderr()).doesNotContain("class-data archive");
      }
      JsonNode health = new ControlPlane(first.endpoint()).health();
      assertThat(health.path("storage").asText()).isEqualTo("sqlite");
      assertThat(health.path("schemaVersion").asText()).isEqualTo("9");
      try (OrganizationsClient mgmt = Clients.as(first.endpoint(), MGMT)) {
        org = createOrganization(mgmt, OrganizationFeatureSet.ALL);
        invite = inviteAccount(mgmt, ALICE);
      }
      // SIGTERM, as a service manager stops it: a clean stop, said in a line, exits 0.
      assertThat(first.stop()).isZero();
      assertThat(first.stdoutAfterListening()).containsExactly("orgd stopped");
    }

    try (OrgdProcess second =
            OrgdProcess.start(
                "jar", OrgdProcess.command(List.of()), Map.of("ORGD_PORT", "0"), workDir);
        OrganizationsClient mgmt = Clients.as(second.endpoint(), MGMT)) {
      assertThat(second.storage()).isEqualTo("sqlite " + database);
      assertThat(mgmt.describeOrganization().organization()).isEqualTo(org);
      Handshake again = mgmt.describeHandshake(r -> r.handshakeId(invite.id())).handshake();
      assertThat(again.state()).isEqualTo(HandshakeState.OPEN);
      assertThat(again).isEqualTo(invite);
    }
  }
}
