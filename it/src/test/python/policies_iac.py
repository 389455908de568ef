"""The policy call sequences of Terraform, CloudFormation and Customizations for Control Tower,
replayed with boto3 (docs: ../shared/spec/iac-call-sequences.md).

Terraform: aws_organizations_organization with enabled_policy_types (ListRoots, EnablePolicyType,
ListRoots polled until ENABLED), aws_organizations_policy (CreatePolicy, DescribePolicy, tags,
UpdatePolicy, DeletePolicy) and aws_organizations_policy_attachment (AttachPolicy, read through
ListTargetsForPolicy, DetachPolicy). CloudFormation's AWS::Organizations::Policy (create:
CreatePolicy, ListPolicies, AttachPolicy; read: DescribePolicy, ListTargetsForPolicy, tags; update:
UpdatePolicy, Attach/DetachPolicy; delete: DetachPolicy, DeletePolicy). Control Tower
customizations branch on DuplicatePolicyAttachmentException, PolicyNotAttachedException and
PolicyTypeAlreadyEnabledException. The summary records what each step returned.
"""

import json

from botocore.exceptions import ClientError

from orgd_it import ALICE, MGMT, client, create_organization, emit

DENY_LEAVE = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Deny", "Action": "organizations:LeaveOrganization", "Resource": "*"}
        ],
    }
)
TAG_POLICY = json.dumps({"tags": {"env": {"tag_key": {"@@assign": "Env"}}}})


def error_code(call):
    try:
        call()
    except ClientError as e:
        return e.response["Error"]["Code"] + (
            ":" + e.response["Reason"] if "Reason" in e.response else ""
        )
    return "NO_ERROR"


def targets(org_client, policy_id):
    found = []
    for page in org_client.get_paginator("list_targets_for_policy").paginate(
        PolicyId=policy_id, PaginationConfig={"PageSize": 2}
    ):
        found.extend(t["TargetId"] for t in page["Targets"])
    return found


def main():
    mgmt = client(MGMT)
    org = create_organization(mgmt)
    root = mgmt.list_roots()["Roots"][0]
    summary = {"org": org["Id"], "root": root["Id"], "root_types_before": root["PolicyTypes"]}
    mgmt.invite_account_to_organization(Target={"Id": ALICE, "Type": "ACCOUNT"})
    alice = client(ALICE)
    alice.accept_handshake(
        HandshakeId=alice.list_handshakes_for_account()["Handshakes"][0]["Id"]
    )
    ou = mgmt.create_organizational_unit(ParentId=root["Id"], Name="Workloads")[
        "OrganizationalUnit"
    ]
    mgmt.move_account(AccountId=ALICE, SourceParentId=root["Id"], DestinationParentId=ou["Id"])

    # Terraform aws_organizations_organization, enabled_policy_types.
    enabled = mgmt.enable_policy_type(RootId=root["Id"], PolicyType="SERVICE_CONTROL_POLICY")
    summary["enabled_root"] = enabled["Root"]
    summary["root_types"] = mgmt.list_roots()["Roots"][0]["PolicyTypes"]
    mgmt.enable_policy_type(RootId=root["Id"], PolicyType="TAG_POLICY")
    summary["full_access_targets"] = sorted(targets(mgmt, "p-FullAWSAccess"))
    summary["describe_organization"] = mgmt.describe_organization()["Organization"][
        "AvailablePolicyTypes"
    ]

    # Terraform aws_organizations_policy: create, read (DescribePolicy, tags).
    created = mgmt.create_policy(
        Content=DENY_LEAVE,
        Description="Deny leaving",
        Name="deny-leave",
        Type="SERVICE_CONTROL_POLICY",
        Tags=[{"Key": "owner", "Value": "platform"}],
    )["Policy"]
    policy_id = created["PolicySummary"]["Id"]
    summary["created"] = created
    summary["described"] = mgmt.describe_policy(PolicyId=policy_id)["Policy"]
    summary["policy_tags"] = mgmt.list_tags_for_resource(ResourceId=policy_id)["Tags"]
    mgmt.tag_resource(ResourceId=policy_id, Tags=[{"Key": "env", "Value": "prod"}])
    mgmt.untag_resource(ResourceId=policy_id, TagKeys=["owner"])
    summary["policy_tags_after"] = mgmt.list_tags_for_resource(ResourceId=policy_id)["Tags"]

    # Terraform aws_organizations_policy_attachment: attach, read, detach.
    mgmt.attach_policy(PolicyId=policy_id, TargetId=ou["Id"])
    summary["attachment_targets"] = targets(mgmt, policy_id)
    summary["policies_for_ou"] = [
        p["Id"]
        for p in mgmt.list_policies_for_target(
            TargetId=ou["Id"], Filter="SERVICE_CONTROL_POLICY"
        )["Policies"]
    ]

    # Control Tower customizations: the errors they branch on.
    summary["attach_again"] = error_code(
        lambda: mgmt.attach_policy(PolicyId=policy_id, TargetId=ou["Id"])
    )
    summary["detach_not_attached"] = error_code(
        lambda: mgmt.detach_policy(PolicyId=policy_id, TargetId=ALICE)
    )
    summary["enable_again"] = error_code(
        lambda: mgmt.enable_policy_type(RootId=root["Id"], PolicyType="SERVICE_CONTROL_POLICY")
    )
    summary["delete_attached"] = error_code(lambda: mgmt.delete_policy(PolicyId=policy_id))
    summary["detach_last_scp"] = error_code(
        lambda: mgmt.detach_policy(PolicyId="p-FullAWSAccess", TargetId=ALICE)
    )
    summary["update_managed"] = error_code(
        lambda: mgmt.update_policy(PolicyId="p-FullAWSAccess", Name="x")
    )
    summary["duplicate_name"] = error_code(
        lambda: mgmt.create_policy(
            Content=DENY_LEAVE, Description="", Name="deny-leave", Type="SERVICE_CONTROL_POLICY"
        )
    )
    summary["too_long"] = error_code(
        lambda: mgmt.create_policy(
            Content=DENY_LEAVE + " " * (10241 - len(DENY_LEAVE)),
            Description="",
            Name="too-long",
            Type="SERVICE_CONTROL_POLICY",
        )
    )
    summary["malformed"] = error_code(
        lambda: mgmt.create_policy(
            Content="{", Description="", Name="bad", Type="SERVICE_CONTROL_POLICY"
        )
    )
    summary["member_creates"] = error_code(
        lambda: alice.create_policy(
            Content=DENY_LEAVE, Description="", Name="x", Type="SERVICE_CONTROL_POLICY"
        )
    )
    summary["unknown_target"] = error_code(
        lambda: mgmt.attach_policy(PolicyId=policy_id, TargetId="ou-zzzz-zzzzzzzz")
    )
    summary["unknown_policy"] = error_code(lambda: mgmt.describe_policy(PolicyId="p-zzzzzzzzzz"))

    # Terraform update, then destroy: detach and delete.
    updated = mgmt.update_policy(PolicyId=policy_id, Description="still no leaving")["Policy"]
    summary["updated"] = updated
    mgmt.detach_policy(PolicyId=policy_id, TargetId=ou["Id"])
    summary["targets_after_detach"] = targets(mgmt, policy_id)
    mgmt.delete_policy(PolicyId=policy_id)
    summary["describe_deleted"] = error_code(lambda: mgmt.describe_policy(PolicyId=policy_id))

    # CloudFormation AWS::Organizations::Policy: create (CreatePolicy, ListPolicies,
    # AttachPolicy), read, update (UpdatePolicy, attach to a new target, detach the old), delete.
    cfn = mgmt.create_policy(
        Content=TAG_POLICY, Description="tags", Name="cfn-tags", Type="TAG_POLICY"
    )["Policy"]["PolicySummary"]
    listed = []
    for page in mgmt.get_paginator("list_policies").paginate(Filter="TAG_POLICY"):
        listed.extend(p["Name"] for p in page["Policies"])
    summary["cfn_listed"] = listed
    mgmt.attach_policy(PolicyId=cfn["Id"], TargetId=root["Id"])
    mgmt.describe_policy(PolicyId=cfn["Id"])
    mgmt.list_tags_for_resource(ResourceId=cfn["Id"])
    mgmt.update_policy(PolicyId=cfn["Id"], Name="cfn-tags-2", Content=TAG_POLICY)
    mgmt.attach_policy(PolicyId=cfn["Id"], TargetId=ou["Id"])
    mgmt.detach_policy(PolicyId=cfn["Id"], TargetId=root["Id"])
    summary["cfn_targets"] = targets(mgmt, cfn["Id"])
    summary["effective"] = json.loads(
        alice.describe_effective_policy(PolicyType="TAG_POLICY")["EffectivePolicy"][
            "PolicyContent"
        ]
    )
    summary["effective_other"] = error_code(
        lambda: alice.describe_effective_policy(PolicyType="TAG_POLICY", TargetId=MGMT)
    )
    summary["effective_mgmt"] = error_code(
        lambda: mgmt.describe_effective_policy(PolicyType="TAG_POLICY", TargetId=MGMT)
    )
    summary["invalid_accounts"] = mgmt.list_accounts_with_invalid_effective_policy(
        PolicyType="TAG_POLICY"
    )["Accounts"]
    errors = mgmt.list_effective_policy_validation_errors(AccountId=ALICE, PolicyType="TAG_POLICY")
    summary["validation_errors"] = errors["EffectivePolicyValidationErrors"]
    summary["validation_path"] = errors["Path"]
    mgmt.detach_policy(PolicyId=cfn["Id"], TargetId=ou["Id"])
    mgmt.delete_policy(PolicyId=cfn["Id"])

    disabled = mgmt.disable_policy_type(RootId=root["Id"], PolicyType="SERVICE_CONTROL_POLICY")
    summary["disabled_root_types"] = disabled["Root"]["PolicyTypes"]
    summary["disable_again"] = error_code(
        lambda: mgmt.disable_policy_type(RootId=root["Id"], PolicyType="SERVICE_CONTROL_POLICY")
    )
    emit(summary)


if __name__ == "__main__":
    main()
