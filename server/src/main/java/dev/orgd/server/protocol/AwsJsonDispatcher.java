package dev.orgd.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.AccountId;
import dev.orgd.server.auth.CallerResolver;
import dev.orgd.server.auth.SigningRegion;
import dev.orgd.server.http.HttpHandler;
import dev.orgd.server.http.HttpRequest;
import dev.orgd.server.http.HttpResponse;
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
  private final ScpGuard scps;

  public AwsJsonDispatcher(
      Map<String, Operation<?, ?>> operations,
      ServiceModel model,
      JsonCodec codec,
      CallerResolver callers) {
    this(operations, model, codec, callers, null);
  }

  /** A dispatcher that first checks each call against the caller's SCPs ({@code scps} not null). */
  public AwsJsonDispatcher(
      Map<String, Operation<?, ?>> operations,
      ServiceModel model,
      JsonCodec codec,
      CallerResolver callers,
      ScpGuard scps) {
    this.scps = scps;
    this.operations = Map.copyOf(operations);
    this.model = model;
    this.validator = new ModelValidator(model);
    this.codec = codec;
    this.errors = new ErrorRenderer(codec);
    this.callers = callers;
    for (String name : operations.keySet()) {
      model.inputShape(name); // fails at start-up for an operation the model does not have
    }
  }

  @Override
  public HttpResponse handle(HttpRequest request) {
    String requestId = RequestIds.next();
    long started = System.nanoTime();
    String target = request.header("X-Amz-Target");
    HttpResponse response;
    try {
      // The answer is built once, with both its headers: a list page is kilobytes to copy.
      response =
          new HttpResponse(
              200,
              Map.of("Content-Type", ErrorRenderer.CONTENT_TYPE, REQUEST_ID_HEADER, requestId),
              dispatch(request, target, requestId));
    } catch (OrgdException e) {
      response = errors.render(e).withHeader(REQUEST_ID_HEADER, requestId);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.error("request {} ({}) failed", requestId, target, e);
      response =
          errors
              .render(OrgdException.service(INTERNAL_ERROR))
              .withHeader(REQUEST_ID_HEADER, requestId);
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} {} {} {}us",
          requestId,
          target,
          response.status(),
          (System.nanoTime() - started) / 1000);
    }
    return response;
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
  private byte[] dispatch(HttpRequest request, String target, String requestId) {
    AccountId caller = callers.caller(request);
    String name = operationName(target);
    Operation<?, ?> operation = name == null ? null : operations.get(name);
    if (operation == null) {
      throw new OrgdException(
          ErrorCode.UNKNOWN_OPERATION, "Unknown operation " + (target == null ? "(none)" : target));
    }
    JsonNode input = codec.parseObject(request.body());
    validator.validate(model.inputShape(name), input);
    if (scps != null) {
      scps.check(caller, name, input, SigningRegion.of(request));
    }
    Object output =
        invoke(
            operation, input, new CallContext(caller, requestId, SigningRegion.partition(request)));
    return output == null ? new byte[] {'{', '}'} : codec.encode(output);
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
