package dev.orgd.server.protocol.wire;

import java.util.List;

/**
 * The model's CreateGovCloudAccountRequest. RoleName and IamUserAccessToBilling are accepted and
 * not modelled.
 */
public record CreateGovCloudAccountRequest(
    String email,
    String accountName,
    String roleName,
    String iamUserAccessToBilling,
    List<WireTag> tags) {}
