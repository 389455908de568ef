package dev.orgd.core.error;

/**
 * Every error orgd can answer with, named exactly as the AWS Organizations model (botocore {@code
 * service-2.json}) names its exception shapes, plus the generic errors of the AWS JSON protocol.
 * The wire name is what clients match on ({@code __type}); the reason type, where there is one, is
 * the model's {@code Reason} enum for that shape.
 */
public enum ErrorCode {
  AWS_ORGANIZATIONS_NOT_IN_USE("AWSOrganizationsNotInUseException", null),
  ACCESS_DENIED("AccessDeniedException", null),
  ACCESS_DENIED_FOR_DEPENDENCY(
      "AccessDeniedForDependencyException", AccessDeniedForDependencyReason.class),
  ACCOUNT_ALREADY_CLOSED("AccountAlreadyClosedException", null),
  ACCOUNT_ALREADY_REGISTERED("AccountAlreadyRegisteredException", null),
  ACCOUNT_NOT_FOUND("AccountNotFoundException", null),
  ACCOUNT_NOT_REGISTERED("AccountNotRegisteredException", null),
  ACCOUNT_OWNER_NOT_VERIFIED("AccountOwnerNotVerifiedException", null),
  ALREADY_IN_ORGANIZATION("AlreadyInOrganizationException", null),
  CHILD_NOT_FOUND("ChildNotFoundException", null),
  CONCURRENT_MODIFICATION("ConcurrentModificationException", null),
  CONFLICT("ConflictException", null),
  CONSTRAINT_VIOLATION("ConstraintViolationException", ConstraintViolationReason.class),
  CREATE_ACCOUNT_STATUS_NOT_FOUND("CreateAccountStatusNotFoundException", null),
  DESTINATION_PARENT_NOT_FOUND("DestinationParentNotFoundException", null),
  DUPLICATE_ACCOUNT("DuplicateAccountException", null),
  DUPLICATE_HANDSHAKE("DuplicateHandshakeException", null),
  DUPLICATE_ORGANIZATIONAL_UNIT("DuplicateOrganizationalUnitException", null),
  DUPLICATE_POLICY_ATTACHMENT("DuplicatePolicyAttachmentException", null),
  DUPLICATE_POLICY("DuplicatePolicyException", null),
  EFFECTIVE_POLICY_NOT_FOUND("EffectivePolicyNotFoundException", null),
  FINALIZING_ORGANIZATION("FinalizingOrganizationException", null),
  HANDSHAKE_ALREADY_IN_STATE("HandshakeAlreadyInStateException", null),
  HANDSHAKE_CONSTRAINT_VIOLATION(
      "HandshakeConstraintViolationException", HandshakeConstraintReason.class),
  HANDSHAKE_NOT_FOUND("HandshakeNotFoundException", null),
  INVALID_HANDSHAKE_TRANSITION("InvalidHandshakeTransitionException", null),
  INVALID_INPUT("InvalidInputException", InvalidInputReason.class),
  INVALID_RESPONSIBILITY_TRANSFER_TRANSITION(
      "InvalidResponsibilityTransferTransitionException", null),
  MALFORMED_POLICY_DOCUMENT("MalformedPolicyDocumentException", null),
  MASTER_CANNOT_LEAVE_ORGANIZATION("MasterCannotLeaveOrganizationException", null),
  ORGANIZATION_NOT_EMPTY("OrganizationNotEmptyException", null),
  ORGANIZATIONAL_UNIT_NOT_EMPTY("OrganizationalUnitNotEmptyException", null),
  ORGANIZATIONAL_UNIT_NOT_FOUND("OrganizationalUnitNotFoundException", null),
  PARENT_NOT_FOUND("ParentNotFoundException", null),
  POLICY_CHANGES_IN_PROGRESS("PolicyChangesInProgressException", null),
  POLICY_IN_USE("PolicyInUseException", null),
  POLICY_NOT_ATTACHED("PolicyNotAttachedException", null),
  POLICY_NOT_FOUND("PolicyNotFoundException", null),
  POLICY_TYPE_ALREADY_ENABLED("PolicyTypeAlreadyEnabledException", null),
  POLICY_TYPE_NOT_AVAILABLE_FOR_ORGANIZATION(
      "PolicyTypeNotAvailableForOrganizationException", null),
  POLICY_TYPE_NOT_ENABLED("PolicyTypeNotEnabledException", null),
  RESOURCE_POLICY_NOT_FOUND("ResourcePolicyNotFoundException", null),
  RESPONSIBILITY_TRANSFER_ALREADY_IN_STATUS("ResponsibilityTransferAlreadyInStatusException", null),
  RESPONSIBILITY_TRANSFER_NOT_FOUND("ResponsibilityTransferNotFoundException", null),
  ROOT_NOT_FOUND("RootNotFoundException", null),
  SERVICE("ServiceException", null),
  SOURCE_PARENT_NOT_FOUND("SourceParentNotFoundException", null),
  TARGET_NOT_FOUND("TargetNotFoundException", null),
  TOO_MANY_REQUESTS("TooManyRequestsException", null),
  UNSUPPORTED_A_P_I_ENDPOINT("UnsupportedAPIEndpointException", null),
  // Generic AWS JSON 1.1 protocol and authentication errors (not in the Organizations model).
  UNKNOWN_OPERATION("UnknownOperationException", null),
  SERIALIZATION("SerializationException", null),
  MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", null),
  INCOMPLETE_SIGNATURE("IncompleteSignatureException", null),
  INVALID_SIGNATURE("InvalidSignatureException", null),
  UNRECOGNIZED_CLIENT("UnrecognizedClientException", null);

  private final String wireName;
  private final Class<? extends Reason> reasonType;

  ErrorCode(String wireName, Class<? extends Reason> reasonType) {
    this.wireName = wireName;
    this.reasonType = reasonType;
  }

  /** The exception name sent as {@code __type} and {@code x-amzn-ErrorType}. */
  public String wireName() {
    return wireName;
  }

  /** The model's reason enum for this error, or {@code null} when the shape has no Reason. */
  public Class<? extends Reason> reasonType() {
    return reasonType;
  }
}
