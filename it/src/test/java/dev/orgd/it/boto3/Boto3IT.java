package dev.orgd.it.boto3;

import static dev.orgd.it.support.Pages.assertPartition;
import static dev.orgd.it.support.Pages.newestFirst;
import static dev.orgd.it.support.Summary.booleans;
import static dev.orgd.it.support.Summary.ints;
import static dev.orgd.it.support.Summary.strings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgd.it.support.Command;
import dev.orgd.it.support.ItOrgd;
import dev.orgd.it.support.Summary;
import dev.orgd.it.support.Tools;
import dev.orgd.junit5.OrgdExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * boto3 (python3) against orgd: each test runs one scenario script from {@code src/test/python},
 * which uses real boto3 clients and prints a JSON summary that is checked here.
 */
class Boto3IT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private static final Path SCRIPTS = Summary.folder("orgd.it.python.dir", "src/test/python");

  private Path python;

  @BeforeEach
  void requireBoto3() {
    python = Tools.requirePythonModule("boto3");
  }

  private JsonNode run(String script) {
    return Summary.of(
        Command.of(List.of(python.toString(), SCRIPTS.resolve(script).toString()))
            .directory(SCRIPTS)
            .env("ORGD_ENDPOINT", ORGD.runtime().endpoint().toString()));
  }

  @Test
  void paginatorsHonourPageSizeMaxItemsAndResumeFromTheCompositeToken() {
    JsonNode s = run("paginate_handshakes.py");

    List<String> org = newestFirst(strings(s.get("org_created")));
    assertThat(org).hasSize(7).doesNotHaveDuplicates();
    assertPartition(s.get("org_pages"), org, 3, "next_token");
    assertPartition(s.get("org_filtered_pages"), org, 4, "next_token");
    assertResumed(s.get("org_cut_mid_page"), org, 4, 1, false);
    assertResumed(s.get("org_cut_on_page_boundary"), org, 3, 0, false);
    assertResumed(s.get("org_cut_on_first_page"), org, 2, 2, true);

    List<String> inbox = newestFirst(strings(s.get("account_created")));
    assertThat(inbox).hasSize(5).doesNotHaveDuplicates();
    assertPartition(s.get("account_pages"), inbox, 2, "next_token");
    assertResumed(s.get("account_cut_mid_page"), inbox, 3, 1, false);
  }

  @Test
  void acceptHandshakeReproducesBotocoresOwnExample() {
    JsonNode s = run("accept_handshake_example.py");

    assertThat(s.get("example_id").asText())
        .isEqualTo("to-accept-a-handshake-from-another-account-1472500561150");
    assertThat(strings(s.get("differences"))).as("differences from the example").isEmpty();
    assertThat(strings(s.get("top_level_keys"))).containsExactly("Handshake", "ResponseMetadata");
    assertThat(strings(s.get("handshake_keys")))
        .containsExactly(
            "Action",
            "Arn",
            "ExpirationTimestamp",
            "Id",
            "Parties",
            "RequestedTimestamp",
            "Resources",
            "State");
    assertThat(s.get("state").asText()).isEqualTo("ACCEPTED");
    assertThat(s.get("http_status").asInt()).isEqualTo(200);
    assertThat(s.get("retry_attempts").asInt()).isZero();
    assertThat(s.get("request_id").asText()).matches("[0-9a-f-]{36}");
    assertThat(s.get("lifetime_seconds").asDouble()).isEqualTo(15 * 86400.0);
    assertThat(s.get("account_joined").asText()).isEqualTo("INVITED");
  }

  @Test
  void errorsArriveAsClientErrorsWithCodeReasonAndStatus400() {
    JsonNode s = run("client_errors.py");

    Map<String, String[]> expected =
        Map.ofEntries(
            Map.entry("describe_unknown", new String[] {"HandshakeNotFoundException", null}),
            Map.entry("describe_by_stranger", new String[] {"HandshakeNotFoundException", null}),
            Map.entry("duplicate_invite", new String[] {"DuplicateHandshakeException", null}),
            Map.entry(
                "invite_member",
                new String[] {
                  "HandshakeConstraintViolationException", "ALREADY_IN_AN_ORGANIZATION"
                }),
            Map.entry("recipient_cancels", new String[] {"AccessDeniedException", null}),
            Map.entry("cancel_twice", new String[] {"HandshakeAlreadyInStateException", null}),
            Map.entry(
                "accept_canceled", new String[] {"InvalidHandshakeTransitionException", null}),
            Map.entry(
                "max_results_too_large",
                new String[] {"InvalidInputException", "MAX_VALUE_EXCEEDED"}),
            Map.entry(
                "garbled_next_token", new String[] {"InvalidInputException", "INVALID_NEXT_TOKEN"}),
            Map.entry(
                "both_filters",
                new String[] {"InvalidInputException", "MAX_LIMIT_EXCEEDED_FILTER"}),
            Map.entry("bogus_action_type", new String[] {"InvalidInputException", "INVALID_ENUM"}),
            Map.entry(
                "bad_handshake_id", new String[] {"InvalidInputException", "INVALID_PATTERN"}),
            Map.entry(
                "organization_target",
                new String[] {"InvalidInputException", "INVALID_PARTY_TYPE_TARGET"}),
            Map.entry(
                "standalone_lists_organization",
                new String[] {"AWSOrganizationsNotInUseException", null}),
            Map.entry("member_lists_organization", new String[] {"AccessDeniedException", null}));

    List<String> cases = new ArrayList<>();
    s.fieldNames().forEachRemaining(cases::add);
    assertThat(cases).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach(
        (name, codeAndReason) -> {
          JsonNode outcome = s.get(name);
          assertThat(outcome.get("code").asText()).as(name).isEqualTo(codeAndReason[0]);
          assertThat(outcome.get("reason").isNull() ? null : outcome.get("reason").asText())
              .as(name + " Reason")
              .isEqualTo(codeAndReason[1]);
          assertThat(outcome.get("status").asInt()).as(name + " HTTP status").isEqualTo(400);
          assertThat(outcome.get("retries").asInt()).as(name + " retries").isZero();
          assertThat(outcome.get("request_id").asBoolean()).as(name + " request id").isTrue();
          assertThat(outcome.get("modeled_class").asBoolean())
              .as(name + " caught by client.exceptions." + codeAndReason[0])
              .isTrue();
          assertThat(outcome.get("message").asText()).as(name + " Message").isNotBlank();
        });
  }

  @Test
  void thePaginatorWalksAnEmptyPageThatStillCarriesANextToken() {
    JsonNode s = run("empty_page.py");

    List<String> kept = strings(s.get("kept_newest_first"));
    assertThat(s.get("first_page_items").asInt()).isZero();
    assertThat(s.get("first_page_has_token").asBoolean()).isTrue();
    assertThat(ints(s.get("page_item_counts"))).containsExactly(0, 2);
    assertThat(booleans(s.get("page_has_token"))).containsExactly(true, false);
    assertThat(strings(s.get("walked_ids"))).containsExactlyElementsOf(kept);
    assertThat(strings(s.get("walked_states"))).containsOnly("EXPIRED");
    assertThat(strings(s.get("full_result_ids"))).containsExactlyElementsOf(kept);
    assertThat(s.get("full_result_has_token").asBoolean()).isFalse();
  }

  /**
   * A listing cut by MaxItems after {@code maxItems} items and resumed from boto3's token gives
   * exactly the rest; the token wraps the server's token (none when the cut fell on the first page)
   * and the number of items to drop from the page it refetches.
   */
  private static void assertResumed(
      JsonNode cut, List<String> all, int maxItems, int truncate, boolean innerTokenNull) {
    assertThat(strings(cut.get("first"))).containsExactlyElementsOf(all.subList(0, maxItems));
    assertThat(strings(cut.get("rest")))
        .containsExactlyElementsOf(all.subList(maxItems, all.size()));
    assertThat(cut.get("rest_has_token").asBoolean()).isFalse();
    assertThat(cut.get("truncate_amount").asInt()).isEqualTo(truncate);
    assertThat(cut.get("inner_token_is_null").asBoolean()).isEqualTo(innerTokenNull);
  }
}
