"""The install story is true today (issue 19 items 1, 2, 21): the README says how to install
before the package is on PyPI, the package carries a licence and project metadata,
twine checks what `make build` writes (in .ci/run), and the dependency ranges admit the
current releases, with CI installing the lowest and the newest allowed versions."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
PROJECT = PYPROJECT["project"]
README = (ROOT / "README.md").read_text("utf-8")
CI = (ROOT / ".ci" / "run").read_text("utf-8")


def runtime_requirements() -> list[Requirement]:
    """The dependencies and the `cli` extra's: what the smoke test exercises."""
    return [
        Requirement(r) for r in [*PROJECT["dependencies"], *PROJECT["optional-dependencies"]["cli"]]
    ]


def test_the_package_has_a_licence_and_metadata() -> None:
    licence = (ROOT / "LICENSE").read_text("utf-8")
    assert licence.startswith("MIT License")
    assert PROJECT["license"] == "MIT"  # an SPDX expression (PEP 639)
    assert PROJECT["license-files"] == ["LICENSE"]
    assert PROJECT["authors"]
    assert all(url.startswith("https://") for url in PROJECT["urls"].values())
    assert "LICENSE" in PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]


def test_the_dependency_ranges_admit_the_current_releases() -> None:
    (httpx,) = [r for r in runtime_requirements() if r.name == "httpx"]
    assert Version("0.29.0") in httpx.specifier  # was <0.29: pip downgraded it silently
    assert Version("0.23.1") in httpx.specifier


def test_ci_installs_the_lowest_versions_the_ranges_allow() -> None:
    pins = {}
    for line in (ROOT / ".ci" / "constraints-lowest.txt").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[name.strip()] = Version(version.strip())
    lowest = {}
    for requirement in runtime_requirements():
        (floor,) = [s.version for s in requirement.specifier if s.operator == ">="]
        lowest[requirement.name] = Version(floor)
    assert pins == lowest


def test_ci_checks_the_build_and_both_ends_of_the_ranges() -> None:
    assert "twine check --strict dist/*" in CI
    assert "-c .ci/constraints-lowest.txt" in CI
    assert "--upgrade" in CI
    assert ".ci/smoke.py" in CI
    assert re.search(r"^twine==", (ROOT / "requirements-dev.txt").read_text("utf-8"), re.M)


def test_the_smoke_test_passes_here(tmp_path: Path) -> None:
    proc = subprocess.run(  # noqa: S603 - this interpreter and the repo's own script
        [sys.executable, str(ROOT / ".ci" / "smoke.py")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "works with httpx" in proc.stdout


def test_the_readme_says_how_to_install_before_the_first_release() -> None:
    install = README.split("## Install\n", 1)[1].split("\n## ", 1)[0]
    assert "not on PyPI yet" in install
    assert "pip install ." in install
    assert "make build" in install
    assert "dist/xverse_api-*.whl" in install
    # every install line outside the Install section works today: from a checkout or a
    # wheel, never the unreleased name alone
    for line in README.replace(install, "").splitlines():
        if re.search(r"pip install .*xverse-api\[", line) and not line.lstrip().startswith("#"):
            raise AssertionError(f"README installs the unreleased package: {line}")
    extras = set(PROJECT["optional-dependencies"])
    for extra in re.findall(r"pip install [^\n]*?\[([a-z]+)\]", README):
        assert extra in extras, extra


def test_the_readme_says_how_the_plugin_runs_inside_this_checkout(tmp_path: Path) -> None:
    """The repo's addopts turn the plugin off (issue 19 item 4): the README says so and
    gives the option that works, which this test runs in a folder of the checkout."""
    assert "-p no:xverse_api" in PYPROJECT["tool"]["pytest"]["ini_options"]["addopts"]
    assert "pytest -p xverse_api.testing.pytest_plugin" in README
    folder = ROOT / "build" / "readme-plugin-check"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "test_user.py").write_text(
        "def test_it(xverse_client):\n"
        "    from xverse_api.testing import DEFAULT_ADDRESS\n"
        "    assert xverse_client.runes.balances(DEFAULT_ADDRESS)['840000:3'].amount\n",
        "utf-8",
    )
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    plain = subprocess.run(  # noqa: S603
        [*command, "test_user.py"], cwd=folder, capture_output=True, text=True, check=False
    )
    assert "fixture 'xverse_client' not found" in plain.stdout
    told = subprocess.run(  # noqa: S603
        [*command, "-p", "xverse_api.testing.pytest_plugin", "test_user.py"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert told.returncode == 0, told.stdout
