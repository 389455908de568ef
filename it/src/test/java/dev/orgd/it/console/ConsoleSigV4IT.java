package dev.orgd.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgd.core.model.AccountId;
import dev.orgd.it.support.Command;
import dev.orgd.it.support.ItOrgd;
import dev.orgd.it.support.Summary;
import dev.orgd.it.support.Tools;
import dev.orgd.junit5.OrgdExtension;
import dev.orgd.server.ServerConfig;
import dev.orgd.server.auth.Credential;
import dev.orgd.server.auth.Credentials;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console against {@code --auth sigv4} with an admin token, in headless Chromium ({@code
 * console-sigv4.mjs}): it asks for the token and the keys, refuses a wrong token, and acts as two
 * accounts with their keys, every AWS call signed in the browser. Skips without chromium, fails
 * under {@code CI=true}.
 */
class ConsoleSigV4IT {
  private static final String TOKEN = "console-admin-token";
  private static final List<Credential> KEYS =
      List.of(
          new Credential("AKIACONSOLEMGMT00001", "mgmt/Secret+1", new AccountId("111111111111")),
          new Credential("AKIACONSOLEALICE0001", "alice/Secret+2", new AccountId("222222222222")));

  @RegisterExtension
  static final OrgdExtension ORGD =
      ItOrgd.builder()
          .config(ServerConfig.ephemeral().withSigV4(Credentials.of(KEYS, TOKEN)))
          .build();

  private static final Path SCRIPTS = Summary.folder("orgd.it.js.dir", "target/it-js");

  @Test
  void theConsoleAsksForTheTokenAndSignsWithTheActingAccountsKey() {
    Path node = Tools.require("node");
    Tools.requireInstalled(
        Path.of("/usr/bin"), "chromium", "install Debian's chromium: apt-get install -y chromium");
    Tools.requireInstalled(
        SCRIPTS,
        "node_modules/playwright-core/package.json",
        "the build's npm ci step installs it: run mvn verify");
    StringBuilder keys = new StringBuilder();
    KEYS.forEach(
        k ->
            keys.append(k.accessKeyId())
                .append(' ')
                .append(k.secretAccessKey())
                .append(' ')
                .append(k.account().value())
                .append('\n'));

    JsonNode s =
        Summary.of(
            Command.of(List.of(node.toString(), "console-sigv4.mjs"))
                .directory(SCRIPTS)
                .env("ORGD_ENDPOINT", ORGD.runtime().endpoint().toString())
                .env("ORGD_TOKEN", TOKEN)
                .env("ORGD_KEYS", keys.toString()));

    assertThat(s.get("wrongTokenRefused").asBoolean()).isTrue();
    assertThat(s.get("keysFor").asText()).contains("111111111111").contains("222222222222");
    assertThat(s.get("acceptedBySignedCall").asBoolean()).isTrue();
    assertThat(s.get("errors")).isEmpty();
  }
}
