"""Every ```python block of README.md runs, as written, against the fake API.

Blocks are found by parsing the Markdown (markdown-it-py, CommonMark), not from a list,
so a block anyone adds is covered the day it is written. Each runs in a fresh
interpreter, in an empty folder, with the environment a user would set:
``XVERSE_BASE_URL`` points at a :class:`FakeXverse` served on 127.0.0.1 for that block
alone and ``XVERSE_API_KEY`` is the fake's key. Anything else would go through a proxy
that does not exist, so no block reaches the real API. A block that defines ``test_*``
functions is a user's test file: pytest runs it, with the plugin the package installs.

Blocks that are not meant to run use another fence language (``sh``, ``text``, none); the
``xverse-api`` command lines of the ``sh`` blocks are run by tests/test_readme_cli.py.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from markdown_it import MarkdownIt
from xverse_api.testing import FakeXverse

README = Path(__file__).resolve().parent.parent / "README.md"
PYTHON_FENCES = frozenset({"python", "py", "python3"})
TIMEOUT = 60  # seconds per block
#: Where any request not meant for 127.0.0.1 would go: a closed port, so it fails fast.
NOWHERE = "http://127.0.0.1:9"


class Block(NamedTuple):
    line: int  # 1-based line of the opening fence
    code: str


def python_blocks(markdown: str) -> list[Block]:
    """The fenced code blocks whose info string names Python, in order."""
    blocks = []
    for token in MarkdownIt("commonmark").parse(markdown):
        language = token.info.split(maxsplit=1)[0].lower() if token.info.strip() else ""
        if token.type == "fence" and language in PYTHON_FENCES and token.map is not None:
            blocks.append(Block(token.map[0] + 1, token.content))
    return blocks


def defines_tests(code: str) -> bool:
    """Whether the block is a test module (top-level ``test_*`` functions)."""
    return any(
        isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test")
        for node in ast.parse(code).body
    )


def environment(base_url: str, api_key: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XVERSE_", "PYTEST_"))}
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        env[name] = env[name.lower()] = NOWHERE
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env.update(XVERSE_BASE_URL=base_url, XVERSE_API_KEY=api_key, PYTHONIOENCODING="utf-8")
    return env


def run_block(block: Block, folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run one block; its tracebacks name README.md's own line numbers."""
    as_test = defines_tests(block.code)
    script = folder / ("test_readme_block.py" if as_test else "readme_block.py")
    script.write_text("\n" * block.line + block.code, encoding="utf-8")  # line numbers match
    command = [sys.executable, *(["-m", "pytest", "-q", "-p", "no:cacheprovider"] * as_test)]
    return subprocess.run(  # noqa: S603 - this interpreter and a file we just wrote
        [*command, str(script)],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        check=False,
    )


@pytest.fixture
def served() -> Iterator[tuple[str, FakeXverse]]:
    fake = FakeXverse()
    with fake.serve() as base_url:
        yield base_url, fake


BLOCKS = python_blocks(README.read_text(encoding="utf-8"))


def test_the_readme_has_python_blocks() -> None:
    assert len(BLOCKS) >= 3, "README.md lost its ```python blocks (or the parser broke)"


@pytest.mark.parametrize("block", BLOCKS, ids=[f"README.md:{b.line}" for b in BLOCKS])
def test_readme_block_runs(block: Block, served: tuple[str, FakeXverse], tmp_path: Path) -> None:
    base_url, fake = served
    result = run_block(block, tmp_path, environment(base_url, fake.api_key))
    assert result.returncode == 0, (
        f"the ```python block at README.md line {block.line} failed "
        f"(exit {result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    )


# -- the runner itself -----------------------------------------------------------------

SAMPLE = """\
# Title

```python
print("one")
```

```sh
make test
```

1. In a list:

   ~~~py
   print("two")
   ~~~

```
no language
```

```python title="x.py"
def test_three():
    assert True
```

    indented code is not a fence
"""


def test_blocks_are_found_generically() -> None:
    assert python_blocks(SAMPLE) == [
        Block(3, 'print("one")\n'),
        Block(13, 'print("two")\n'),
        Block(21, "def test_three():\n    assert True\n"),
    ]
    assert [defines_tests(b.code) for b in python_blocks(SAMPLE)] == [False, False, True]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("print('fine')\n", 0),
        ("raise RuntimeError('boom')\n", 1),
        ("def test_fails():\n    assert 1 == 2\n", 1),  # a failing test fails the block
        ("def test_passes():\n    assert 1 == 1\n", 0),
    ],
)
def test_a_failing_block_fails(
    code: str, expected: int, served: tuple[str, FakeXverse], tmp_path: Path
) -> None:
    base_url, fake = served
    result = run_block(Block(7, code), tmp_path, environment(base_url, fake.api_key))
    assert result.returncode == expected, result.stdout + result.stderr
    if "boom" in code:
        assert 'README_block.py", line 8' in result.stderr.replace("readme", "README")


def test_blocks_see_the_fake_and_nothing_else(
    served: tuple[str, FakeXverse], tmp_path: Path
) -> None:
    base_url, fake = served
    code = (
        "import os, httpx\n"
        "from xverse_api import Xverse\n"
        f"assert os.environ['XVERSE_BASE_URL'] == {base_url!r}\n"
        "with Xverse() as client:\n"
        "    client.runes.balances('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')\n"
        "try:\n"
        "    httpx.get('https://api.secretkeylabs.io', timeout=5)\n"
        "except httpx.ProxyError:\n"
        "    pass\n"
        "except httpx.ConnectError:\n"
        "    pass\n"
        "else:\n"
        "    raise SystemExit('a README block reached the internet')\n"
    )
    result = run_block(Block(1, code), tmp_path, environment(base_url, fake.api_key))
    assert result.returncode == 0, result.stderr
    assert [r.api_key for r in fake.requests] == ["valid"]
