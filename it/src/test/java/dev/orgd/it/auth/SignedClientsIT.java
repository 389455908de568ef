package dev.orgd.it.auth;

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
 * orgd with {@code --auth sigv4} against the real clients, each signing with its own SigV4
 * implementation: the AWS CLI, boto3 and the AWS SDK for JavaScript v3 (the Java SDK is in the
 * server module's tests). A configured key works; a wrong secret is InvalidSignatureException and
 * an unknown key UnrecognizedClientException, both 400, as AWS answers them.
 */
class SignedClientsIT {
  private static final String KEY = "AKIAORGDITMANAGEMENT";
  private static final String SECRET = "it/Secret+Key/0123456789";
  private static final String MGMT = "111111111111";
  private static final Path PYTHON_SCRIPTS =
      Summary.folder("orgd.it.python.dir", "src/test/python");
  private static final Path JS_SCRIPTS = Summary.folder("orgd.it.js.dir", "target/it-js");

  // On an instance field: every test gets a server of its own, with SigV4 on.
  @RegisterExtension
  final OrgdExtension orgd =
      ItOrgd.builder()
          .config(
              ServerConfig.ephemeral()
                  .withSigV4(
                      Credentials.of(
                          List.of(new Credential(KEY, SECRET, new AccountId(MGMT))), null)))
          .build();

  @Test
  void theAwsCliSignsWithAConfiguredKey() {
    Path aws = Tools.require("aws");

    JsonNode created = Summary.ofJsonOutput(cli(aws, SECRET, "create-organization"));
    Command.Result refused = cli(aws, SECRET + "x", "describe-organization").run();

    assertThat(created.get("Organization").get("MasterAccountId").asText()).isEqualTo(MGMT);
    assertThat(refused.exitCode()).as(refused.describe()).isNotZero();
    assertThat(refused.stderr()).contains("(InvalidSignatureException)");
  }

  @Test
  void boto3SignsWithAConfiguredKey() {
    Path python = Tools.requirePythonModule("boto3");

    assertSummary(
        Summary.of(
            signedEnv(
                Command.of(
                    List.of(python.toString(), PYTHON_SCRIPTS.resolve("signed.py").toString())))));
  }

  @Test
  void theJavaScriptSdkSignsWithAConfiguredKey() {
    Path node = Tools.require("node");
    Tools.requireInstalled(
        JS_SCRIPTS,
        "node_modules/@aws-sdk/client-organizations/package.json",
        "the build's npm ci step installs it: run mvn verify");

    assertSummary(
        Summary.of(
            signedEnv(Command.of(List.of(node.toString(), "signed.mjs")).directory(JS_SCRIPTS))));
  }

  private static void assertSummary(JsonNode s) {
    assertThat(s.get("createdBy").asText()).isEqualTo(MGMT);
    assertThat(s.get("sameOrganization").asBoolean()).isTrue();
    assertThat(s.get("wrongSecret").get("code").asText()).isEqualTo("InvalidSignatureException");
    assertThat(s.get("wrongSecret").get("status").asInt()).isEqualTo(400);
    assertThat(s.get("unknownKey").get("code").asText()).isEqualTo("UnrecognizedClientException");
    assertThat(s.get("unknownKey").get("status").asInt()).isEqualTo(400);
  }

  private Command signedEnv(Command command) {
    return command
        .env("ORGD_ENDPOINT", orgd.runtime().endpoint().toString())
        .env("ORGD_KEY", KEY)
        .env("ORGD_SECRET", SECRET);
  }

  private Command cli(Path aws, String secret, String operation) {
    return Command.of(
            List.of(
                aws.toString(),
                "organizations",
                operation,
                "--endpoint-url",
                orgd.runtime().endpoint().toString(),
                "--region",
                "us-west-2",
                "--output",
                "json"))
        .env("AWS_ACCESS_KEY_ID", KEY)
        .env("AWS_SECRET_ACCESS_KEY", secret)
        .env("AWS_MAX_ATTEMPTS", "1");
  }
}
