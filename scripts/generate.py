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
import runpy
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

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
import specread  # noqa: E402


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


def normalised(spec: Path, workdir: Path) -> tuple[Path, list[str]]:
    """The spec as the generators read it (scripts/specread.py): ``openapi.json`` itself
    is never edited."""
    dest = workdir / "openapi.normalised.json"
    try:
        _, notes = specread.normalised_file(spec, dest)
    except specread.SpecError as exc:
        raise SystemExit(f"make generate: {exc}") from None
    return dest, notes


def generate_sdk_into(
    dest: Path, spec: Path = SPEC, sdk_config: Path = SDK_CONFIG, provenance: Path = PROVENANCE
) -> None:
    """Write the SDK layer's generated package (registry, models, resources) to ``dest``."""
    with tempfile.TemporaryDirectory() as tmp:
        norm, _ = normalised(spec, Path(tmp))
        try:
            files = sdkgen.generate(norm, CONFIG, sdk_config, provenance)
        except specread.SpecError as exc:
            raise SystemExit(f"make generate: {exc}") from None
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for name, source in files.items():
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
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
    with tempfile.TemporaryDirectory() as tmp:
        norm, _ = normalised(spec, Path(tmp))
        _run_generator(norm, config, dest, env)


def _run_generator(spec: Path, config: Path, dest: Path, env: dict[str, str]) -> None:
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


def _operations(registry: Path) -> dict[str, Any]:
    if not registry.exists():
        return {}
    try:
        return dict(runpy.run_path(str(registry)).get("OPERATIONS") or {})
    except Exception:  # noqa: BLE001 - an old registry that does not load: nothing to compare
        return {}


README = ROOT / "README.md"
TABLE_START = "<!-- api-table: written by make generate -->"
TABLE_END = "<!-- /api-table -->"


def api_table(operations: dict[str, Any]) -> str:
    """The README's table of every resource and method, from the registry."""
    lines = [
        "| resource | method | operation | returns | provenance |",
        "| --- | --- | --- | --- | --- |",
    ]
    prov = json.loads(PROVENANCE.read_text("utf-8")).get("operations", {})
    rows = sorted(operations.items(), key=lambda kv: (kv[1]["resource"], kv[1]["name"]))
    for key, op in rows:
        names = [f"`{op['name']}`"]
        paging = op.get("paging")
        if paging:
            names += [f"`{paging[k]}`" for k in ("all", "iter", "many") if paging.get(k)]
        block = (prov.get(key) or {}).get("json_block", "complete")
        origin = {"complete": "verbatim", "cut": "partly reconstructed"}.get(block, "reconstructed")
        status = next((s for s in sorted(op["responses"]) if s.startswith("2")), "")
        returns = (
            "paged"
            if paging
            else ("JSON" if op["responses"].get(status, {}).get("schema") else "-")
        )
        lines.append(
            f"| `client.{op['resource']}` | {', '.join(names)} | `{key}` | {returns} | {origin} |"
        )
    return "\n".join(lines)


def readme_with_table(operations: dict[str, Any]) -> str:
    """README.md with its table current ("" for a copy of the repo without a README)."""
    if not README.exists():
        return ""
    text = README.read_text("utf-8")
    start, end = text.find(TABLE_START), text.find(TABLE_END)
    if start < 0 or end < start:
        return text
    return text[: start + len(TABLE_START)] + "\n" + api_table(operations) + "\n" + text[end:]


def main(argv: list[str]) -> int:
    if argv[1:] == ["generate"]:
        with tempfile.TemporaryDirectory() as tmp:
            for note in normalised(SPEC, Path(tmp))[1]:
                print(f"normalised for the generator: {note}")
            # the SDK layer first: its checks (sdk.yaml against the spec, breaking changes)
            # stop a bad spec before the slower stock generator runs
            fresh_sdk = Path(tmp) / "_sdk"
            generate_sdk_into(fresh_sdk)
            fresh = Path(tmp) / "_generated"
            generate_into(fresh)
            # the committed code (HEAD), or the tree as it is before this run without git
            label, before = apidiff.base_tree(ROOT, Path(tmp) / "before")
            for src, dst in ((fresh, TARGET), (fresh_sdk, SDK_TARGET)):
                shutil.rmtree(dst, ignore_errors=True)
                shutil.copytree(src, dst)
            if README.exists():
                README.write_text(
                    readme_with_table(_operations(SDK_TARGET / "registry.py")), "utf-8"
                )
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
        table = readme_with_table(_operations(SDK_TARGET / "registry.py"))
        if README.exists() and README.read_text("utf-8") != table:
            problems.append("README.md (its table of resources and methods is not current)")
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
