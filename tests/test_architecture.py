"""The architecture contracts (``[tool.importlinter]`` in pyproject.toml, run by ``make
lint``) hold, and they bite: a back-import, a new cycle or a module nobody placed makes
``lint-imports`` fail on a copy of the package, and the layer order itself is checked here
so that deleting or reordering it fails too.

Each case copies the package (half a megabyte) and runs ``lint-imports`` on the copy:
about a third of a second each.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "client" / "xverse_api"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
CONFIG: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"][
    "importlinter"
]
CONTRACTS = {c["id"]: c for c in CONFIG["contracts"]}

# The arrows the README draws, each from a higher room to a lower one.
ARROWS = [
    ("cli", "conformance | testing"),
    ("conformance | testing", "_client"),
    ("_client", "_sdk.resources"),
    ("_sdk.resources", "_resources"),
    ("_resources", "_operations | _drivers"),
    ("_operations | _drivers", "_errors"),
    ("_errors", "_sdk.registry | _generated"),
]


def lint_copy(tmp_path: Path, changes: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` on a copy of the package with ``changes`` (path -> text appended,
    a new file when it does not exist) and the repository's contracts."""
    copy = tmp_path / "src" / "xverse_api"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    for relative, text in changes.items():
        target = copy / relative
        before = target.read_text("utf-8") if target.exists() else ""
        target.write_text(before + text, "utf-8")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "src")}
    return subprocess.run(  # noqa: S603 - the venv's own lint-imports on our own copy
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_the_contracts_hold_on_an_unchanged_copy(tmp_path: Path) -> None:
    result = lint_copy(tmp_path, {})
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in result.stdout


@pytest.mark.parametrize(
    ("changes", "broken"),
    [
        # the core reaching up into the command line
        ({"_core.py": "\nfrom . import cli as _cli  # noqa\n"}, "One way down"),
        # the old _errors <-> _options cycle, back again
        ({"_errors.py": "\nfrom ._options import check_api_key as _c  # noqa\n"}, "One way down"),
        # the client-protocol shortcut undone: the call path importing the client
        (
            {
                "_resources.py": "\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                "    from ._client import Xverse  # noqa\n"
            },
            "One way down",
        ),
        # the core importing the public surface
        ({"_operations.py": "\nfrom . import __version__ as _v  # noqa\n"}, "public surface"),
        # conformance borrowing from the command line again
        ({"conformance/_run.py": "\nfrom ..cli import read_addresses as _r  # noqa\n"}, "One way"),
        # the testing kit and conformance must not know each other
        ({"testing/_fake.py": "\nfrom .. import conformance as _c  # noqa\n"}, "One way down"),
        # one CLI command importing another
        ({"cli/_call.py": "\nfrom . import _runes as _r  # noqa\n"}, "Each CLI command"),
        # a cycle inside a room
        ({"testing/_data.py": "\nfrom . import _spec as _s  # noqa\n"}, "Inside the testing kit"),
        # a new core module nobody placed in the layers
        ({"_newthing.py": '"""new"""\n'}, "One way down"),
    ],
    ids=[
        "core->cli",
        "errors<->options",
        "resources->client",
        "core->surface",
        "conformance->cli",
        "testing->conformance",
        "command->command",
        "cycle-in-testing",
        "unplaced-module",
    ],
)
def test_a_back_import_breaks_a_contract(
    tmp_path: Path, changes: dict[str, str], broken: str
) -> None:
    result = lint_copy(tmp_path, changes)
    assert result.returncode == 1, result.stdout + result.stderr
    report = result.stdout.split("Broken contracts", 1)[-1]
    assert broken in " ".join(report.split()), result.stdout


def test_the_layer_order_is_the_documented_one() -> None:
    rooms = CONTRACTS["rooms"]
    assert rooms["type"] == "layers"
    assert rooms["containers"] == ["xverse_api"]
    assert rooms["exhaustive"] is True
    layers = rooms["layers"]
    for higher, lower in ARROWS:
        assert layers.index(higher) < layers.index(lower), (higher, lower)
    assert layers[-1] == "_sdk.registry | _generated"  # generated data imports nothing of ours
    for room in ("cli", "conformance", "testing"):
        assert CONTRACTS[room]["type"] == "layers"
        assert CONTRACTS[room]["exhaustive"] is True
    assert CONTRACTS["cli-commands"]["type"] == "independence"
    assert set(CONTRACTS["acyclic"]["ancestors"]) == {
        "xverse_api.cli",
        "xverse_api.conformance",
        "xverse_api.testing",
    }


def test_make_lint_runs_the_contracts() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    lint = makefile.split("\nlint:", 1)[1].split("\n\n", 1)[0]
    assert "lint-imports" in lint
    assert any(
        line.startswith("import-linter==")
        for line in (ROOT / "requirements-dev.txt").read_text("utf-8").splitlines()
    )


def test_public_import_paths_keep_working() -> None:
    """The packages moved; every path users had still answers, with the same objects."""
    import importlib  # noqa: PLC0415
    import importlib.metadata  # noqa: PLC0415
    import re  # noqa: PLC0415

    from xverse_api import __main__ as package_main  # noqa: PLC0415
    from xverse_api import cli, demo, testing  # noqa: PLC0415
    from xverse_api.cli import demo as cli_demo  # noqa: PLC0415
    from xverse_api.testing import __main__ as testing_main  # noqa: PLC0415

    assert package_main.main is cli.main  # python -m xverse_api
    assert testing_main.main is testing.main  # python -m xverse_api.testing
    for name in demo.__all__:  # python -m xverse_api.demo (make demo)
        assert getattr(demo, name) is getattr(cli_demo, name), name
    (script,) = [
        e
        for e in importlib.metadata.entry_points(group="console_scripts")
        if e.name == "xverse-api"
    ]
    assert script.value == "xverse_api.cli:main"
    assert script.load() is cli.main
    readme = (ROOT / "README.md").read_text("utf-8")
    imports = re.findall(r"^\s*from (xverse_api[\w.]*) import ([^\n(]+)$", readme, re.MULTILINE)
    assert len(imports) >= 5
    for module, names in imports:
        loaded = importlib.import_module(module)
        for name in (n.strip() for n in names.split("#")[0].split(",")):
            assert hasattr(loaded, name), f"README: from {module} import {name}"
