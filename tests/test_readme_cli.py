"""Every ``xverse-api`` command line in README.md's ```sh blocks, against the fake API.

Found by parsing the Markdown, so a line anyone adds is covered. Each line is split as a
shell would (pipes and redirections cut off), its placeholders filled (``ADDRESS...``,
``tb1q...``, ``URL``, ``addresses.txt``), and then:

- every line must parse: its command and options exist and take the values shown;
- the lines that ask the API (``runes``, ``call``) run against a :class:`FakeXverse` on
  127.0.0.1 and must exit 0 — except those naming ``--network`` or the provider's host,
  which would leave this machine, and ``serve-fake`` and ``conformance``, which are
  tested on their own.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt
from xverse_api.cli import build_cli
from xverse_api.testing import DEFAULT_ADDRESS, DEFAULT_API_KEY, EMPTY_ADDRESS, FakeXverse

README = Path(__file__).resolve().parent.parent / "README.md"
TESTNET = "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"
RUNS_AGAINST_THE_FAKE = frozenset({"runes", "call"})


class Line(NamedTuple):
    number: int  # 1-based line in README.md
    text: str


def command_lines(markdown: str) -> list[Line]:
    lines = []
    for token in MarkdownIt("commonmark").parse(markdown):
        language = token.info.split(maxsplit=1)[0].lower() if token.info.strip() else ""
        if token.type != "fence" or language not in ("sh", "shell", "bash") or not token.map:
            continue
        joined = token.content.replace("\\\n", " ")
        for offset, text in enumerate(joined.splitlines()):
            if "xverse-api " in text and not text.lstrip().startswith(("pip ", "#")):
                lines.append(Line(token.map[0] + 2 + offset, text))
    return lines


def argv(text: str) -> list[str]:
    """The ``xverse-api`` arguments of a shell line: the pipeline stage that runs it, up to
    a redirection or a comment, placeholders filled."""
    words = shlex.split(text, comments=True)
    stages: list[list[str]] = [[]]
    for word in words:
        if word == "|":
            stages.append([])
        else:
            stages[-1].append(word)
    stage = next(s for s in stages if "xverse-api" in s)
    args = stage[stage.index("xverse-api") + 1 :]
    if ">" in args:
        args = args[: args.index(">")]
    out = []
    for arg in args:
        arg = "http://127.0.0.1:9" if arg == "URL" else arg  # noqa: PLW2901
        out.append(arg.replace("ADDRESS...", DEFAULT_ADDRESS).replace("tb1q...", TESTNET))
    return out


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    with FakeXverse().serve() as url:
        yield url


def test_the_readme_has_command_lines() -> None:
    found = command_lines(README.read_text("utf-8"))
    assert len(found) >= 5
    assert {argv(line.text)[0] for line in found} >= {"runes", "call", "serve-fake"}


@pytest.mark.parametrize(
    "line", command_lines(README.read_text("utf-8")), ids=lambda line: f"README:{line.number}"
)
def test_readme_command_line(
    line: Line, served: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = argv(line.text)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "addresses.txt").write_text(f"{DEFAULT_ADDRESS}\n{EMPTY_ADDRESS}\n", "utf-8")
    cli = build_cli()
    name = args[0]
    with cli.make_context("xverse-api", list(args)) as ctx:
        command = cli.get_command(ctx, name)
        assert command is not None, f"README:{line.number}: no command {name!r}"
        command.make_context(name, args[1:], parent=ctx)  # its options exist and parse
    leaves = "--network" in args or any("secretkeylabs.io" in a for a in args)
    if name not in RUNS_AGAINST_THE_FAKE or leaves:
        return
    stdin = (tmp_path / "addresses.txt").read_text("utf-8") if "cat " in line.text else None
    env = {"XVERSE_API_KEY": DEFAULT_API_KEY, "XVERSE_BASE_URL": served, "XVERSE_LOG": None}
    result = CliRunner().invoke(cli, args, env=env, input=stdin)
    assert result.exit_code == 0, f"README:{line.number}: {line.text}\n{result.output}"


def test_placeholders_and_shell_syntax_are_handled() -> None:
    assert argv("cat a.txt | xverse-api runes --concurrency 16 | jq '.results[]'") == [
        "runes",
        "--concurrency",
        "16",
    ]
    assert argv("xverse-api runes --file a.txt > out.csv   # note") == ["runes", "--file", "a.txt"]
    assert argv("xverse-api runes ADDRESS...") == ["runes", DEFAULT_ADDRESS]
