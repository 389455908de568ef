package dev.orgd.server.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.service.ControlService;
import dev.orgd.core.service.OrganizationOverview;
import java.util.List;

/**
 * {@code GET /_orgd/organizations[?After=o-...]}: every organization of this orgd, by id, {@value
 * #PAGE} at a time, with its management account, feature set and counts; {@code NextAfter} (when
 * present) is the {@code After} of the next page. {@code ?Id=o-...} lists that one organization
 * (404 when there is none). The console's list: the AWS API shows a caller only its own
 * organization, and cannot say who manages an organization the caller is not in.
 */
final class ListOrganizations implements ControlRoute<ListOrganizations.Query> {
  static final int PAGE = 100;

  private final ControlService control;

  ListOrganizations(ControlService control) {
    this.control = control;
  }

  /** The query string, read like a body (only {@code After}). */
  record Query(@JsonProperty("After") String after, @JsonProperty("Id") String id) {
    Query {
      if (after != null && !OrganizationId.isValid(after)) {
        throw ControlError.badRequest("After must look like o-xxxxxxxxxx");
      }
      if (id != null && !OrganizationId.isValid(id)) {
        throw ControlError.badRequest("Id must look like o-xxxxxxxxxx");
      }
    }
  }

  /** One organization of the list. */
  record Item(
      @JsonProperty("Id") String id,
      @JsonProperty("Arn") String arn,
      @JsonProperty("FeatureSet") String featureSet,
      @JsonProperty("MasterAccountId") String masterAccountId,
      @JsonProperty("RootId") String rootId,
      @JsonProperty("MaxAccounts") int maxAccounts,
      @JsonProperty("Accounts") int accounts,
      @JsonProperty("OrganizationalUnits") int organizationalUnits,
      @JsonProperty("OpenHandshakes") int openHandshakes) {
    static Item of(OrganizationOverview o) {
      Organization org = o.organization();
      return new Item(
          org.id().value(),
          org.arn(),
          org.featureSet().name(),
          org.managementAccountId().value(),
          org.rootId().value(),
          org.maxAccounts(),
          o.accounts(),
          o.organizationalUnits(),
          o.openHandshakes());
    }
  }

  /** A page of the list. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Listing(
      @JsonProperty("Organizations") List<Item> organizations,
      @JsonProperty("NextAfter") String nextAfter) {}

  @Override
  public Class<Query> requestType() {
    return Query.class;
  }

  @Override
  public Listing answer(Query request) {
    if (request.id() != null) {
      OrganizationOverview one =
          control
              .organization(new OrganizationId(request.id()))
              .orElseThrow(() -> ControlError.notFound("no organization " + request.id()));
      return new Listing(List.of(Item.of(one)), null);
    }
    OrganizationId after = request.after() == null ? null : new OrganizationId(request.after());
    List<OrganizationOverview> page = control.organizations(after, PAGE + 1);
    List<Item> items = page.stream().limit(PAGE).map(Item::of).toList();
    String next = page.size() > PAGE ? items.get(PAGE - 1).id() : null;
    return new Listing(items, next);
  }
}
