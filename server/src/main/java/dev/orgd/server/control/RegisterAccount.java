package dev.orgd.server.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.service.ControlService;
import java.util.regex.Pattern;

/**
 * {@code POST /_orgd/accounts}: registers an account's email and name (or changes them), and
 * optionally pairs it with an AWS GovCloud (US) account.
 */
final class RegisterAccount implements ControlRoute<RegisterAccount.Registration> {
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

  private final ControlService control;

  RegisterAccount(ControlService control) {
    this.control = control;
  }

  record Registration(
      @JsonProperty("AccountId") String accountId,
      @JsonProperty("Email") String email,
      @JsonProperty("Name") String name,
      @JsonProperty("GovCloudAccountId") String govCloudAccountId) {
    Registration {
      if (accountId == null) {
        throw ControlError.badRequest("AccountId is required");
      }
      if (!AccountId.isValid(accountId)) {
        throw ControlError.badRequest("AccountId must be 12 digits");
      }
      if (email != null
          && (email.length() < 6 || email.length() > 64 || !EMAIL.matcher(email).matches())) {
        throw ControlError.badRequest("Email must be an email address of 6 to 64 characters");
      }
      if (govCloudAccountId != null && !AccountId.isValid(govCloudAccountId)) {
        throw ControlError.badRequest("GovCloudAccountId must be 12 digits");
      }
      if (name != null && (name.isEmpty() || name.length() > 128)) {
        throw ControlError.badRequest("Name must have 1 to 128 characters");
      }
    }
  }

  record Registered(
      @JsonProperty("AccountId") String accountId,
      @JsonProperty("Email") String email,
      @JsonProperty("Name") String name,
      @JsonProperty("OrganizationId") String organizationId,
      @JsonProperty("GovCloudAccountId") String govCloudAccountId) {}

  @Override
  public Class<Registration> requestType() {
    return Registration.class;
  }

  @Override
  public Registered answer(Registration request) {
    Account account;
    try {
      account =
          control.registerAccount(
              new AccountId(request.accountId()),
              request.email(),
              request.name(),
              request.govCloudAccountId() == null
                  ? null
                  : new AccountId(request.govCloudAccountId()));
    } catch (IllegalArgumentException e) { // the email belongs to another account, or a bad pair
      throw ControlError.badRequest(e.getMessage());
    }
    return new Registered(
        account.id().value(),
        account.email(),
        account.name(),
        account.organizationId() == null ? null : account.organizationId().value(),
        account.govCloudAccountId() == null ? null : account.govCloudAccountId().value());
  }
}
