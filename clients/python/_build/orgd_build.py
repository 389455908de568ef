"""A PEP 517 build backend for orgd-pytest with the standard library only.

pip builds every project in an isolated environment and would fetch setuptools and wheel for it
from a package index; this backend needs nothing, so `pip install ./clients/python` works offline.
It packs src/orgd_pytest into a pure-Python wheel with the metadata and entry point of
pyproject.toml's [project] table (the fields this project uses).
"""

import base64
import hashlib
import io
import os
import tarfile
import zipfile

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "orgd_pytest"


def _project():
    path = os.path.join(ROOT, "pyproject.toml")
    if tomllib is not None:
        with open(path, "rb") as f:
            return tomllib.load(f)["project"]
    # A minimal reading of the fields below, for Pythons without tomllib.
    project, section = {"entry-points": {"pytest11": {}}}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("["):
                section = line.strip("[]")
            elif "=" in line and not line.startswith("#"):
                key, value = (part.strip() for part in line.split("=", 1))
                if section == "project":
                    project[key] = eval(value)  # noqa: S307 - our own file: strings and lists
                elif section == "project.entry-points.pytest11":
                    project["entry-points"]["pytest11"][key] = eval(value)  # noqa: S307
    return project


def _names(project):
    dist = project["name"].replace("-", "_")
    return dist, "{}-{}".format(dist, project["version"])


def _metadata(project):
    lines = [
        "Metadata-Version: 2.1",
        "Name: " + project["name"],
        "Version: " + project["version"],
        "Summary: " + project.get("description", ""),
        "Requires-Python: " + project.get("requires-python", ">=3"),
    ]
    lines += ["Requires-Dist: " + dep for dep in project.get("dependencies", [])]
    return "\n".join(lines) + "\n"


def _entry_points(project):
    text = ""
    for group, entries in project.get("entry-points", {}).items():
        text += "[{}]\n".format(group)
        text += "".join("{} = {}\n".format(k, v) for k, v in entries.items())
    return text


def _files(project, dist_info):
    files = {}
    src = os.path.join(ROOT, "src", PACKAGE)
    for name in sorted(os.listdir(src)):
        if name.endswith(".py"):
            with open(os.path.join(src, name), "rb") as f:
                files[PACKAGE + "/" + name] = f.read()
    files[dist_info + "/METADATA"] = _metadata(project).encode()
    files[dist_info + "/WHEEL"] = (
        "Wheel-Version: 1.0\nGenerator: orgd_build\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    ).encode()
    files[dist_info + "/entry_points.txt"] = _entry_points(project).encode()
    return files


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    project = _project()
    _, base = _names(project)
    dist_info = base + ".dist-info"
    os.makedirs(os.path.join(metadata_directory, dist_info), exist_ok=True)
    for name, data in _files(project, dist_info).items():
        if name.startswith(dist_info + "/") and not name.endswith("/WHEEL"):
            with open(os.path.join(metadata_directory, name), "wb") as f:
                f.write(data)
    return dist_info


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    project = _project()
    _, base = _names(project)
    dist_info = base + ".dist-info"
    files = _files(project, dist_info)
    record = []
    wheel_name = base + "-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, wheel_name), "w", zipfile.ZIP_DEFLATED) as whl:
        for name, data in files.items():
            whl.writestr(name, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record.append("{},sha256={},{}".format(name, digest, len(data)))
        record.append(dist_info + "/RECORD,,")
        whl.writestr(dist_info + "/RECORD", "\n".join(record) + "\n")
    return wheel_name


def build_sdist(sdist_directory, config_settings=None):
    project = _project()
    _, base = _names(project)
    name = base + ".tar.gz"
    with tarfile.open(os.path.join(sdist_directory, name), "w:gz") as tar:
        for part in ("pyproject.toml", "README.md", "_build", "src"):
            path = os.path.join(ROOT, part)
            if os.path.exists(path):
                tar.add(path, arcname=base + "/" + part)
    return name
