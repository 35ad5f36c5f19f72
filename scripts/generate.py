"""Regenerate the two generated folders from ``openapi.json``, or check them.

``python scripts/generate.py generate``  writes them (``make generate``) and records the
                                          spec's sha256 in openapi.provenance.json.
``python scripts/generate.py check``     regenerates into a temporary folder and exits 1,
                                          naming the files, when the committed code differs
                                          or openapi.json's sha256 is not the one recorded
                                          (``make check-generated``).

``client/xverse_api/_generated/`` is openapi-python-client's stock attrs + httpx client
(pinned in requirements-dev.txt, driven by generator-config.yaml). Its post hooks call
``ruff``, so the folder holding this interpreter (the venv's ``bin``) is put first on
PATH. ``client/xverse_api/_sdk/`` is the operations registry, models and typed resources
of the SDK layer, written by scripts/sdkgen.py from the same spec and sdk.yaml.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.json"
CONFIG = ROOT / "generator-config.yaml"
SDK_CONFIG = ROOT / "sdk.yaml"
PROVENANCE = ROOT / "openapi.provenance.json"
TARGET = ROOT / "client" / "xverse_api" / "_generated"
SDK_TARGET = ROOT / "client" / "xverse_api" / "_sdk"
IGNORED = {"__pycache__", ".ruff_cache"}

sys.path.insert(0, str(Path(__file__).resolve().parent))
import apidiff  # noqa: E402
import sdkgen  # noqa: E402


def spec_sha256(spec: Path = SPEC) -> str:
    return hashlib.sha256(spec.read_bytes()).hexdigest()


def record_provenance(spec: Path = SPEC, provenance: Path = PROVENANCE) -> None:
    """Keep the recorded sha256 (and the date it changed) in step with openapi.json."""
    data = json.loads(provenance.read_text("utf-8")) if provenance.exists() else {}
    digest = spec_sha256(spec)
    if data.get("sha256") != digest:
        data["sha256"] = digest
        data["vendored"] = dt.datetime.now(dt.UTC).date().isoformat()
        # the usual replacement is a newer copy from the same page: keep what it says
        data.setdefault("source", "replaced by hand: say where it came from")
        provenance.write_text(json.dumps(data, indent=2) + "\n", "utf-8")


def check_provenance(spec: Path = SPEC, provenance: Path = PROVENANCE) -> list[str]:
    if not provenance.exists():
        return [f"{provenance.name} (missing: run `make generate`)"]
    recorded = json.loads(provenance.read_text("utf-8")).get("sha256")
    if recorded != spec_sha256(spec):
        return [
            f"{spec.name} (its sha256 is not the one in {provenance.name}: "
            "it changed without `make generate`)"
        ]
    return []


def generate_sdk_into(dest: Path, spec: Path = SPEC, sdk_config: Path = SDK_CONFIG) -> None:
    """Write the SDK layer's generated package (registry, models, resources) to ``dest``."""
    try:
        files = sdkgen.generate(spec, CONFIG, sdk_config)
    except sdkgen.SdkConfigError as exc:
        raise SystemExit(f"make generate: {exc}") from None
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for name, source in files.items():
        (dest / name).write_text(source, "utf-8")
    ruff = Path(sys.executable).with_name("ruff")
    for args in (
        ["check", "--isolated", "--no-cache", "--fix-only", "--extend-select=I", "-q"],
        ["format", "--isolated", "--no-cache", "-q", "--line-length=100"],
    ):
        subprocess.run([str(ruff) if ruff.exists() else "ruff", *args, str(dest)], check=True)


def generate_into(dest: Path, spec: Path = SPEC, config: Path = CONFIG) -> None:
    """Run the generator for ``spec`` and write the package to ``dest`` (replaced)."""
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    cmd = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config),
        "--meta",
        "none",
        "--output-path",
        str(dest),
        "--overwrite",
        "--fail-on-warning",
    ]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"openapi-python-client failed (exit {proc.returncode})")


def _files(top: Path) -> set[str]:
    out: set[str] = set()
    for path in top.rglob("*"):
        if path.is_file() and not IGNORED.intersection(path.relative_to(top).parts):
            out.add(path.relative_to(top).as_posix())
    return out


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (missing, extra or changed)."""
    want, have = _files(expected), _files(actual)
    changed = [
        name
        for name in sorted(want & have)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return sorted(
        [f"{name} (missing)" for name in want - have]
        + [f"{name} (not generated by the spec)" for name in have - want]
        + [f"{name} (differs)" for name in changed]
    )


def check(spec: Path = SPEC, target: Path = TARGET, sdk_target: Path = SDK_TARGET) -> list[str]:
    """Regenerate into a temporary folder and compare it with ``target`` and ``sdk_target``."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "_generated"
        generate_into(fresh, spec=spec)
        problems = [f"_generated/{p}" for p in diff_trees(fresh, target)]
        fresh_sdk = Path(tmp) / "_sdk"
        generate_sdk_into(fresh_sdk, spec=spec)
        problems += [f"_sdk/{p}" for p in diff_trees(fresh_sdk, sdk_target)]
        return problems


def main(argv: list[str]) -> int:
    if argv[1:] == ["generate"]:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "_generated"
            generate_into(fresh)
            fresh_sdk = Path(tmp) / "_sdk"
            generate_sdk_into(fresh_sdk)
            # the committed code (HEAD), or the tree as it is before this run without git
            label, before = apidiff.base_tree(ROOT, Path(tmp) / "before")
            for src, dst in ((fresh, TARGET), (fresh_sdk, SDK_TARGET)):
                shutil.rmtree(dst, ignore_errors=True)
                shutil.copytree(src, dst)
            record_provenance()
            print(
                f"generated {TARGET.relative_to(ROOT)} and {SDK_TARGET.relative_to(ROOT)} "
                f"from {SPEC.name} and {SDK_CONFIG.name}\n"
            )
            # what this regeneration does to users (scripts/apidiff.py)
            print(apidiff.report(before, ROOT / "client", label))
        return 0
    if argv[1:] == ["check"]:
        problems = check_provenance() + check()
        if problems:
            print(
                f"the generated code does not match {SPEC.name}; "
                "run `make generate` and commit the result:",
                file=sys.stderr,
            )
            for line in problems:
                print(f"  {line}", file=sys.stderr)
            return 1
        print(f"{TARGET.relative_to(ROOT)} and {SDK_TARGET.relative_to(ROOT)} match {SPEC.name}")
        return 0
    print("usage: generate.py generate|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
