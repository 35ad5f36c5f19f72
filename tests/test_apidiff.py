"""scripts/apidiff.py on real regenerations: what a spec change does to users.

One module-scoped copy of the repo (scripts/, the hand-written client/, pyproject.toml)
is made a git repository and walked through three regenerations with the repo's own
``scripts/generate.py generate``, from a small fixed spec (tests/fixtures/apidiff/: the
one-operation spec of release 0.1.0, with its sdk.yaml and generator config), so the cost
stays three small generations however large the vendored spec grows:

A  the fixture spec plus two optional string fields on a balance item (``premine``,
   ``spacedRuneName``), committed and recorded as release 0.1.0 in release.json
B  additive: a new operation (``GET /v1/runes/{runeId}``) and a new optional field
   (``turbo``); committed with version 0.1.1
C  breaking, in the working tree: a new required query parameter (``network``),
   ``premine`` string -> integer, ``spacedRuneName`` removed

Each change is classed on its own (A -> B and B -> C), and ``check-api`` runs at B and C
with and without the bump semver asks for.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "apidiff"
BIN = Path(sys.executable).parent
RUNES = "/v1/ordinals/address/{address}/runes"
NEW_OP = "/v1/runes/{runeId}"

sys.path.insert(0, str(ROOT / "scripts"))
import apidiff  # noqa: E402

pytestmark = pytest.mark.timeout(300)


def _item_props(spec: dict[str, Any]) -> dict[str, Any]:
    body = spec["paths"][RUNES]["get"]["responses"]["200"]["content"]["application/json"]
    props: dict[str, Any] = body["schema"]["properties"]["items"]["items"]["properties"]
    return props


def spec_a() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((FIXTURES / "openapi.json").read_text("utf-8"))
    _item_props(spec).update(premine={"type": "string"}, spacedRuneName={"type": "string"})
    return spec


def spec_b() -> dict[str, Any]:
    spec = spec_a()
    _item_props(spec)["turbo"] = {"type": "boolean"}
    rune = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
        "required": ["id", "name"],
    }
    spec["paths"][NEW_OP] = {
        "get": {
            "tags": ["Runes"],
            "operationId": "getRuneDetails",
            "summary": "Details of one rune.",
            "parameters": [
                {"in": "path", "name": "runeId", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "The rune",
                    "content": {"application/json": {"schema": rune}},
                },
                "404": {
                    "description": "Not found",
                    "content": {"application/json": {"schema": {"type": "string"}}},
                },
            },
        }
    }
    return spec


def spec_c() -> dict[str, Any]:
    spec = copy.deepcopy(spec_b())
    spec["paths"][RUNES]["get"]["parameters"].append(
        {"in": "query", "name": "network", "required": True, "schema": {"type": "string"}}
    )
    props = _item_props(spec)
    props["premine"] = {"type": "integer"}
    del props["spacedRuneName"]
    return spec


@dataclass
class Walk:
    repo: Path
    commits: dict[str, str]
    generated: dict[str, str]  # stdout of `generate.py generate` for B and C
    checks: dict[str, subprocess.CompletedProcess[str]]


def run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    return subprocess.run(  # noqa: S603 - this interpreter, git and the repo's own scripts
        list(args), cwd=repo, capture_output=True, text=True, env=env, check=False
    )


def generate(repo: Path, spec: dict[str, Any]) -> str:
    (repo / "openapi.json").write_text(json.dumps(spec, indent=2), "utf-8")
    proc = run(repo, sys.executable, "scripts/generate.py", "generate")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def commit(repo: Path, message: str) -> str:
    for args in (("git", "add", "-A"), ("git", "commit", "-q", "-m", message)):
        proc = run(repo, *args)
        assert proc.returncode == 0, proc.stderr
    return run(repo, "git", "rev-parse", "HEAD").stdout.strip()


def set_version(repo: Path, version: str) -> None:
    for path, pattern, line in (
        (repo / "pyproject.toml", r'(?m)^version = ".*"$', f'version = "{version}"'),
        (
            repo / "client/xverse_api/_constants.py",
            r'(?m)^VERSION: Final = ".*"$',
            f'VERSION: Final = "{version}"',
        ),
    ):
        path.write_text(re.sub(pattern, line, path.read_text("utf-8")), "utf-8")


def check(repo: Path) -> subprocess.CompletedProcess[str]:
    return run(repo, sys.executable, "scripts/apidiff.py", "check")


@pytest.fixture(scope="module")
def walk(tmp_path_factory: pytest.TempPathFactory) -> Walk:
    repo = tmp_path_factory.mktemp("apidiff")
    for name in ("scripts", "client"):
        shutil.copytree(
            ROOT / name, repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
        )
    shutil.copy2(ROOT / "pyproject.toml", repo)
    for name in ("sdk.yaml", "generator-config.yaml"):
        shutil.copy2(FIXTURES / name, repo)
    set_version(repo, "0.1.0")
    assert run(repo, "git", "init", "-q", "-b", "main").returncode == 0
    generate(repo, spec_a())
    commits = {"A": commit(repo, "A")}
    (repo / "release.json").write_text(json.dumps({"version": "0.1.0", "commit": commits["A"]}))
    generated = {"B": generate(repo, spec_b())}
    checks = {"B at 0.1.0": check(repo)}
    set_version(repo, "0.1.1")
    checks["B at 0.1.1"] = check(repo)
    commits["B"] = commit(repo, "B")
    generated["C"] = generate(repo, spec_c())
    checks["C at 0.1.1"] = check(repo)
    set_version(repo, "0.2.0")
    checks["C at 0.2.0"] = check(repo)
    return Walk(repo, commits, generated, checks)


@pytest.fixture(scope="module")
def trees(walk: Walk) -> Iterator[dict[str, Path]]:
    with tempfile.TemporaryDirectory() as tmp:
        yield {
            "A": apidiff.materialize(walk.repo, walk.commits["A"], Path(tmp) / "A"),
            "B": apidiff.materialize(walk.repo, walk.commits["B"], Path(tmp) / "B"),
            "C": walk.repo / "client",
        }


def changes(trees: dict[str, Path], old: str, new: str) -> dict[str, apidiff.Change]:
    api = apidiff.diff(apidiff.load_api(trees[old]), apidiff.load_api(trees[new]))
    return {c.path: c for c in api}


def test_a_new_operation_and_a_new_optional_field_are_not_breaking(
    trees: dict[str, Path],
) -> None:
    found = changes(trees, "A", "B")
    method = found["Runes.get_rune_details"]
    assert (method.change, method.what, method.breaking) == ("added", "method", False)
    assert "(rune_id)" in method.detail
    assert "AsyncRunes.get_rune_details" in found
    assert "RunesWithRawResponse.get_rune_details" in found
    # the 2xx model of an undeclared operation is named after its resource and method
    model = found["RunesGetRuneDetails"]
    assert (model.change, model.what, model.breaking) == ("added", "class", False)
    assert "fields: id, name" in model.detail
    field = found["RuneBalance.turbo"]
    assert (field.change, field.what, field.breaking) == ("added", "field", False)
    assert field.detail == "bool | None = None"
    assert found["RuneBalanceItem.turbo"].breaking is False  # the stock attrs model too
    assert not [c for c in found.values() if c.breaking]


def test_a_new_required_parameter_is_breaking(trees: dict[str, Path]) -> None:
    found = changes(trees, "B", "C")
    for method in ("balances_page", "balances", "iter_balances", "balances_many"):
        for cls in ("Runes", "AsyncRunes"):
            change = found[f"{cls}.{method}(network)"]
            assert (change.change, change.breaking) == ("added", True)
            assert change.detail == "Parameter was added as required"


def test_a_field_type_change_is_breaking(trees: dict[str, Path]) -> None:
    found = changes(trees, "B", "C")
    change = found["RuneBalance.premine"]
    assert (change.change, change.what, change.breaking) == ("changed", "field", True)
    assert change.detail == "type str | None -> int | None"
    assert found["RuneBalanceItem.premine"].breaking is True


def test_a_removed_optional_field_is_breaking(trees: dict[str, Path]) -> None:
    found = changes(trees, "B", "C")
    change = found["RuneBalance.spaced_rune_name"]
    assert (change.change, change.what, change.breaking) == ("removed", "field", True)
    assert change.detail == "Public object was removed"
    assert found["RuneBalanceItem.spaced_rune_name"].breaking is True


def test_nothing_else_changed(trees: dict[str, Path]) -> None:
    """The breaking step's report holds those three changes and nothing invented."""
    found = changes(trees, "B", "C")
    kinds = {re.sub(r"\W.*", "", path.split(".", 1)[1]) for path in found}
    assert kinds <= {"balances_page", "balances", "iter_balances", "balances_many", "premine"} | {
        "spaced_rune_name",
        "from_dict",  # the stock attrs model's constructor-like classmethod is untouched
    }
    assert all(c.breaking for c in found.values())


def test_generate_prints_the_report_with_the_spec_side(walk: Walk) -> None:
    b, c = walk.generated["B"], walk.generated["C"]
    assert "Public Python API of xverse_api, HEAD" in b
    assert "+ `Runes.get_rune_details` method added" in b
    assert "GET /v1/runes/{runeId}\n    operation: added -> passed on to users, not breaking" in b
    assert "200 $.items[].turbo: added (boolean, optional) -> passed on to users, not breaking" in b
    assert "status 404" not in b  # a new operation's statuses are part of it
    assert "breaking (" in c
    [line] = [x for x in c.splitlines() if "parameter network (query)" in x]
    assert "added (required) -> passed on to users, breaking: " in line
    assert "`Runes.balances_page(network)`" in line
    assert "`Runes.balances(network)`" in line
    assert "200 $.items[].premine: JSON type string -> integer -> passed on to users, breaking" in c
    assert "200 $.items[].spacedRuneName: gone from the spec -> passed on to users, breaking" in c


def test_spec_changes_the_sdk_absorbs() -> None:
    """A changed bound, a new documented status: the Python API does not move."""
    reg = apidiff.load_registry(ROOT / "client/xverse_api/_sdk/registry.py")
    key = next(iter(reg))
    new = copy.deepcopy(reg)
    new[key]["responses"]["418"] = {
        "content_type": "application/json",
        "schema": {"type": "string"},
    }
    for param in new[key]["params"]:
        param["schema"]["description"] = "ignored"
        param["schema"]["maximum"] = 10**6
    specs = apidiff.spec_changes(reg, new)
    assert specs
    lines = apidiff.spec_section(specs, [], reg, new)
    assert all("absorbed by the SDK" in line for line in lines[1:]), lines
    assert any("status 418: documented now" in line for line in lines)


def test_check_api_asks_for_the_bump_semver_asks_for(walk: Walk) -> None:
    additive = walk.checks["B at 0.1.0"]
    assert additive.returncode == 1
    assert 'Set version = "0.1.1" in pyproject.toml' in additive.stderr
    assert "non-breaking change(s)" in additive.stderr
    assert walk.checks["B at 0.1.1"].returncode == 0, walk.checks["B at 0.1.1"].stderr
    breaking = walk.checks["C at 0.1.1"]
    assert breaking.returncode == 1
    assert 'Set version = "0.2.0"' in breaking.stderr
    for name in (
        "`Runes.balances_page(network)`",
        "`RuneBalance.premine`",
        "`RuneBalance.spaced_rune_name`",
    ):
        assert name in breaking.stderr
    passed = walk.checks["C at 0.2.0"]
    assert passed.returncode == 0, passed.stderr
    assert "vs release 0.1.0" in passed.stdout


def test_changelog_entry(walk: Walk) -> None:
    proc = run(walk.repo, sys.executable, "scripts/apidiff.py", "changelog", "--write")
    assert proc.returncode == 0, proc.stderr
    text = (walk.repo / "CHANGELOG.md").read_text("utf-8")
    assert text.startswith("# Changelog\n\n## 0.2.0\n")
    entry = text.split("### ")
    assert entry[1].startswith("Breaking\n")
    assert "`Runes.balances_page(network)`" in entry[1]
    assert entry[2].startswith("Added\n")
    assert "`Runes.get_rune_details`" in entry[2]
    assert f"`GET {RUNES}`, `GET {NEW_OP}`" in text
    # writing again replaces the entry rather than adding a second one
    run(walk.repo, sys.executable, "scripts/apidiff.py", "changelog", "--write")
    assert (walk.repo / "CHANGELOG.md").read_text("utf-8") == text


def test_check_api_names_a_version_mismatch_and_a_missing_baseline(walk: Walk) -> None:
    init = walk.repo / "client/xverse_api/_constants.py"
    source = init.read_text("utf-8")
    try:
        init.write_text(source.replace('VERSION: Final = "0.2.0"', 'VERSION: Final = "0.1.9"'))
        proc = check(walk.repo)
        assert proc.returncode == 1
        assert "is 0.1.9" in proc.stderr
    finally:
        init.write_text(source)
    baseline = walk.repo / "release.json"
    saved = baseline.read_text("utf-8")
    try:
        baseline.write_text(json.dumps({"version": "0.1.0", "commit": "0" * 40}))
        proc = check(walk.repo)
        assert proc.returncode == 2
        assert "is not in this clone's history" in proc.stderr
    finally:
        baseline.write_text(saved)


@pytest.mark.parametrize(
    ("released", "breaking", "expected"),
    [
        ("0.1.0", True, "0.2.0"),
        ("0.1.0", False, "0.1.1"),
        ("0.9.3", True, "0.10.0"),
        ("1.2.3", True, "2.0.0"),
        ("1.2.3", False, "1.3.0"),
    ],
)
def test_next_version(released: str, breaking: bool, expected: str) -> None:
    change = apidiff.Change("changed", "X.y", "field", "", breaking)
    assert apidiff.next_version(released, [change]) == expected
    assert apidiff.next_version(released, []) is None


def test_the_repo_passes_its_own_check() -> None:
    """release.json names a commit of this history and the version fits what changed."""
    proc = subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "scripts/apidiff.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
