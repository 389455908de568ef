package dev.orgd.bench.scenario;

import dev.orgd.bench.load.Request;
import dev.orgd.bench.load.Response;
import java.util.concurrent.atomic.AtomicLong;

/** CreateAccount by the management account, with a fresh name and email every time. */
public final class CreateAccountScenario implements Scenario {

  private final AwsJson aws;
  private final String managementAccountId;
  private final AtomicLong counter = new AtomicLong();

  public CreateAccountScenario(AwsJson aws, String managementAccountId) {
    this.aws = aws;
    this.managementAccountId = managementAccountId;
  }

  @Override
  public String name() {
    return "CreateAccount";
  }

  @Override
  public ConnectionScript newConnection(int index) {
    return new ConnectionScript() {
      @Override
      public Request next() {
        long n = counter.incrementAndGet();
        String body =
            "{\"AccountName\":\"bench-" + n + "\",\"Email\":\"bench-" + n + "@example.com\"}";
        return aws.request("CreateAccount", managementAccountId, body, false);
      }

      @Override
      public boolean accept(Request request, Response response) {
        return response.ok();
      }
    };
  }
}
