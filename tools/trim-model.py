#!/usr/bin/env python3
"""Regenerates orgd's trimmed copy of the AWS Organizations model from the installed botocore.

The server validates every request against this model (required members, lengths, ranges,
patterns, enums). Only the operations orgd implements are kept (those its registry,
server/.../protocol/ops/Operations.java, lists), with the shapes reachable from their inputs,
outputs and errors; documentation strings are dropped.

botocore is licensed under the Apache License 2.0 (https://github.com/boto/botocore); see NOTICE.

Usage (from the repository root):
  python3 tools/trim-model.py          regenerates the trimmed model
  python3 tools/trim-model.py --list   prints the operations it would keep, one a line
"""
import gzip
import json
import os
import re
import sys

import botocore

OPS = os.path.join("server", "src", "main", "java", "dev", "orgd", "server", "protocol", "ops")


def implemented_operations():
    """The operations of orgd's registry (ops/Operations.java): its operation classes, by name."""
    with open(os.path.join(OPS, "Operations.java"), encoding="utf-8") as f:
        registry = f.read()
    names = []
    for name in re.findall(r"\bnew\s+(\w+)\s*\(", registry):
        source = os.path.join(OPS, name + ".java")
        if os.path.exists(source):
            with open(source, encoding="utf-8") as f:
                if re.search(r"\bimplements\s+Operation<", f.read()):
                    names.append(name)
    if not names:
        sys.exit("no operations found in " + OPS)
    return sorted(names)


SOURCE = os.path.join(
    os.path.dirname(botocore.__file__), "data", "organizations", "2016-11-28", "service-2.json.gz"
)
TARGET = os.path.join(
    "server", "src", "main", "resources", "dev", "orgd", "server", "protocol",
    "organizations-2016-11-28.json",
)


def strip_docs(value):
    if isinstance(value, dict):
        return {k: strip_docs(v) for k, v in value.items() if k != "documentation"}
    if isinstance(value, list):
        return [strip_docs(v) for v in value]
    return value


def main():
    operations_kept = implemented_operations()
    if sys.argv[1:] == ["--list"]:
        print("\n".join(operations_kept))
        return
    with gzip.open(SOURCE, "rt", encoding="utf-8") as f:
        model = json.load(f)
    shapes = model["shapes"]
    reachable = set()

    def walk(name):
        if name in reachable:
            return
        reachable.add(name)
        shape = shapes[name]
        for key in ("member", "key", "value"):
            if key in shape:
                walk(shape[key]["shape"])
        for member in shape.get("members", {}).values():
            walk(member["shape"])

    operations = {}
    for name in operations_kept:
        op = model["operations"][name]
        for key in ("input", "output"):
            if key in op:
                walk(op[key]["shape"])
        for error in op.get("errors", []):
            walk(error["shape"])
        operations[name] = strip_docs(
            {k: v for k, v in op.items() if k in ("name", "http", "input", "output", "errors")}
        )

    trimmed = {
        "_attribution": "Trimmed from the AWS Organizations model of botocore "
        + botocore.__version__
        + " (https://github.com/boto/botocore, Apache License 2.0) by tools/trim-model.py.",
        "version": model.get("version", "2.0"),
        "metadata": model["metadata"],
        "operations": operations,
        "shapes": {name: strip_docs(shapes[name]) for name in sorted(reachable)},
    }
    os.makedirs(os.path.dirname(TARGET), exist_ok=True)
    with open(TARGET, "w", encoding="utf-8") as f:
        json.dump(trimmed, f, indent=1, sort_keys=False, ensure_ascii=True)
        f.write("\n")
    print(f"wrote {TARGET}: {len(operations)} operations, {len(reachable)} shapes", file=sys.stderr)


if __name__ == "__main__":
    main()
