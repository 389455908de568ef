package dev.orgd.bench.scenario;

import dev.orgd.bench.load.Request;
import dev.orgd.bench.load.Response;

/** Sends the same request over and over and expects a 2xx answer to each. */
public final class RepeatScenario implements Scenario {

  private final String name;
  private final Request request;

  public RepeatScenario(String name, Request request) {
    this.name = name;
    this.request = request;
  }

  /** The {@code operation} by {@code accessKeyId} with {@code jsonBody}, repeated. */
  public static RepeatScenario of(
      AwsJson aws, String operation, String accessKeyId, String jsonBody) {
    return new RepeatScenario(operation, aws.request(operation, accessKeyId, jsonBody, false));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ConnectionScript newConnection(int index) {
    return new ConnectionScript() {
      @Override
      public Request next() {
        return request;
      }

      @Override
      public boolean accept(Request sent, Response response) {
        return response.ok();
      }
    };
  }
}
