package dev.orgd.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.AccountId;
import dev.orgd.server.auth.CallerResolver;
import dev.orgd.server.auth.SigningRegion;
import dev.orgd.server.http.HttpHandler;
import dev.orgd.server.http.HttpRequest;
import dev.orgd.server.http.HttpResponse;
import dev.orgd.server.testkit.Faults;
import dev.orgd.server.testkit.Firing;
import dev.orgd.server.testkit.Journal;
import dev.orgd.server.testkit.Metrics;
import dev.orgd.server.testkit.Testkit;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AWS JSON 1.1 for {@code POST /} with {@code X-Amz-Target: AWSOrganizationsV20161128.<Op>}. The
 * checks run in the order of CONTRACT section 1: caller → operation known → JSON well-formed →
 * input constraints → the operation (whose domain checks role, existence, state and quotas). Every
 * response carries {@code x-amzn-RequestId}; anything unexpected is logged and answered with
 * ServiceException (500), never a stack trace.
 */
public final class AwsJsonDispatcher implements HttpHandler {
  public static final String TARGET_PREFIX = "AWSOrganizationsV20161128.";
  public static final String REQUEST_ID_HEADER = "x-amzn-RequestId";

  private static final Logger LOG = LoggerFactory.getLogger(AwsJsonDispatcher.class);
  private static final String INTERNAL_ERROR =
      "AWS Organizations can't complete your request because of an internal service error. Try"
          + " again later.";

  private final Map<String, Operation<?, ?>> operations;
  private final ServiceModel model;
  private final ModelValidator validator;
  private final JsonCodec codec;
  private final ErrorRenderer errors;
  private final CallerResolver callers;
  private final Testkit testkit;

  /** What a call turned out to be, as far as it got: for the journal and the metrics. */
  private static final class Facts {
    String operation;
    AccountId caller;
    long delayMillis;
  }

  private final ScpGuard scps;

  public AwsJsonDispatcher(
      Map<String, Operation<?, ?>> operations,
      ServiceModel model,
      JsonCodec codec,
      CallerResolver callers) {
    this(
        operations,
        model,
        codec,
        callers,
        new Testkit(new Faults(model, operations.keySet()), new Journal(false), new Metrics()),
        null);
  }

  /**
   * @param testkit the faults consulted before each call, and the journal and metrics each call is
   *     recorded in
   * @param scps when not null, each call is first checked against the caller's SCPs
   */
  public AwsJsonDispatcher(
      Map<String, Operation<?, ?>> operations,
      ServiceModel model,
      JsonCodec codec,
      CallerResolver callers,
      Testkit testkit,
      ScpGuard scps) {
    this.scps = scps;
    this.operations = Map.copyOf(operations);
    this.model = model;
    this.validator = new ModelValidator(model);
    this.codec = codec;
    this.errors = new ErrorRenderer(codec);
    this.callers = callers;
    this.testkit = testkit;
    for (String name : operations.keySet()) {
      model.inputShape(name); // fails at start-up for an operation the model does not have
    }
  }

  @Override
  public HttpResponse handle(HttpRequest request) {
    String requestId = RequestIds.next();
    long started = System.nanoTime();
    String target = request.header("X-Amz-Target");
    Facts facts = new Facts();
    HttpResponse response;
    try {
      // The answer is built once, with both its headers: a list page is kilobytes to copy.
      response =
          new HttpResponse(
              200,
              Map.of("Content-Type", ErrorRenderer.CONTENT_TYPE, REQUEST_ID_HEADER, requestId),
              dispatch(request, target, requestId, facts));
    } catch (OrgdException e) {
      response = errors.render(e).withHeader(REQUEST_ID_HEADER, requestId);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.error("request {} ({}) failed", requestId, target, e);
      response =
          errors
              .render(OrgdException.service(INTERNAL_ERROR))
              .withHeader(REQUEST_ID_HEADER, requestId);
    }
    long nanos = System.nanoTime() - started;
    record(requestId, target, facts, response, nanos);
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} {} {}us", requestId, target, response.status(), nanos / 1000);
    }
    return facts.delayMillis > 0 ? response.delayed(facts.delayMillis) : response;
  }

  private void record(
      String requestId, String target, Facts facts, HttpResponse response, long nanos) {
    String operation =
        facts.operation != null ? facts.operation : target == null ? "(none)" : "(unknown)";
    String errorCode = response.status() == 200 ? null : response.headers().get("x-amzn-ErrorType");
    // An injected delay is part of the call's latency as the client sees it.
    long latency = nanos + facts.delayMillis * 1_000_000;
    testkit.metrics().record(operation, errorCode, latency);
    testkit
        .journal()
        .record(
            new Journal.Entry(
                Instant.now(),
                requestId,
                facts.caller == null ? null : facts.caller.value(),
                operation,
                response.status(),
                errorCode,
                latency / 1e6));
  }

  /** Answers the AWS service's throttling error, which every SDK retries. */
  @Override
  public HttpResponse overloaded() {
    return errors.overloaded().withHeader(REQUEST_ID_HEADER, RequestIds.next());
  }

  /**
   * A request the engine could not read (not HTTP, too large, too slow) as a
   * SerializationException, the error of a body the service cannot parse, with the engine's status
   * (400, 408, 413, ...).
   */
  @Override
  public HttpResponse refused(int status, String why) {
    return errors.refused(status, why).withHeader(REQUEST_ID_HEADER, RequestIds.next());
  }

  /** Runs the request's operation and returns the body of its answer. */
  private byte[] dispatch(HttpRequest request, String target, String requestId, Facts facts) {
    AccountId caller = callers.caller(request);
    facts.caller = caller;
    String name = operationName(target);
    Operation<?, ?> operation = name == null ? null : operations.get(name);
    if (operation == null) {
      throw new OrgdException(
          ErrorCode.UNKNOWN_OPERATION, "Unknown operation " + (target == null ? "(none)" : target));
    }
    facts.operation = name;
    Firing fault = testkit.faults().fire(name, caller);
    if (fault != null) {
      facts.delayMillis = fault.delayMillis();
      if (fault.error() != null) {
        throw fault.error(); // before the operation runs: an injected fault changes nothing
      }
    }
    JsonNode input = codec.parseObject(request.body());
    unwrapFaultToken(input);
    validator.validate(model.inputShape(name), input);
    if (scps != null) {
      scps.check(caller, name, input, SigningRegion.of(request));
    }
    if (fault != null && fault.emptyPage()) {
      return emptyPage(name, input, fault);
    }
    Object output =
        invoke(
            operation, input, new CallContext(caller, requestId, SigningRegion.partition(request)));
    return output == null ? new byte[] {'{', '}'} : codec.encode(output);
  }

  /**
   * An injected empty page: no items and a NextToken that carries the client's own token (or none),
   * so that the next call goes on exactly where this one would have: no item skipped or repeated.
   * The token also counts the rule's pages, so that no two in a row are the same.
   */
  private byte[] emptyPage(String operation, JsonNode input, Firing fault) {
    ObjectNode page = codec.mapper().createObjectNode();
    for (String list : testkit.faults().listMembers(operation)) {
      page.putArray(list);
    }
    JsonNode token = input.get("NextToken");
    page.put(
        "NextToken",
        Faults.TOKEN_PREFIX
            + fault.ruleId()
            + "."
            + fault.pageNumber()
            + ":"
            + (token == null || token.isNull() ? "" : token.asText()));
    return codec.encode(page);
  }

  /** A NextToken of an injected empty page becomes the token the client had before it. */
  private static void unwrapFaultToken(JsonNode input) {
    JsonNode token = input.get("NextToken");
    if (token != null && token.isTextual() && token.asText().startsWith(Faults.TOKEN_PREFIX)) {
      String text = token.asText();
      String original = text.substring(text.indexOf(':', Faults.TOKEN_PREFIX.length()) + 1);
      if (original.isEmpty()) {
        ((ObjectNode) input).remove("NextToken");
      } else {
        ((ObjectNode) input).put("NextToken", original);
      }
    }
  }

  private <I, O> O invoke(Operation<I, O> operation, JsonNode input, CallContext context) {
    return operation.invoke(codec.decode(input, operation.inputType()), context);
  }

  private static String operationName(String target) {
    if (target == null || !target.startsWith(TARGET_PREFIX)) {
      return null;
    }
    return target.substring(TARGET_PREFIX.length());
  }
}
