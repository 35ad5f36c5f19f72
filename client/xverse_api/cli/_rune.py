"""``xverse-api rune`` and ``xverse-api mempool``: one rune's facts and top holders, and an
address's mempool-aware balances (the provider's v2), one command away.

Both are thin: the typed methods do the work (``client.runes.info``,
``client.runes.holders_page``, ``client.runes.mempool_balances``), amounts stay exact
(decimals built from the integer and the rune's divisibility), every cell is
terminal-safe, and JSON is ASCII-escaped so no terminal encoding can break it.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from .._constants import ENV_API_KEY, ENV_BASE_URL, SERVERS
from .._errors import XverseError
from .._models import to_decimal
from ._terminal import (
    EXIT_FAILED,
    EXIT_USAGE,
    NO_API_KEY,
    debug_option,
    describe,
    is_terminal,
    json_text,
    terminal_text,
    warn,
)

if TYPE_CHECKING:
    import click

__all__ = ["mempool_command", "rune_command"]

FORMATS: Final = ("table", "json")


def _amount(value: int | None, divisibility: int, raw: bool) -> str:
    if value is None:
        return "-"
    if raw:
        return str(value)
    exact: Decimal | None = to_decimal(value, divisibility)
    return f"{exact:,f}" if exact is not None else "-"


def _options(func: Any) -> Any:
    """The options every command that asks the API shares."""
    import click  # noqa: PLC0415 - the cli extra is optional

    for option in reversed(
        [
            click.option(
                "--format",
                "-o",
                "fmt",
                type=click.Choice(FORMATS),
                default=None,
                help="Output format [default: table on a terminal, json otherwise].",
            ),
            click.option("--raw", is_flag=True, help="Amounts as integers (smallest unit)."),
            click.option(
                "--network",
                type=click.Choice(list(SERVERS)),
                default=None,
                help="Which Bitcoin network's server [default: mainnet].",
            ),
            click.option(
                "--base-url",
                help=f"API base URL [default: the --network's server, ${ENV_BASE_URL}, mainnet].",
            ),
            click.option(
                "--api-key",
                envvar=ENV_API_KEY,
                show_envvar=True,
                help="API key (prefer the environment variable; it is never printed).",
            ),
            debug_option(),
        ]
    ):
        func = option(func)
    return func


def _client(api_key: str | None, base_url: str | None, network: str | None) -> Any:
    import click  # noqa: PLC0415

    from .._client import Xverse  # noqa: PLC0415

    if not api_key:
        raise click.UsageError(NO_API_KEY)
    options: dict[str, Any] = {"api_key": api_key, "base_url": base_url}
    if network is not None:
        options["network"] = network
    try:
        return Xverse(**options)
    except XverseError as exc:
        raise click.UsageError(describe(exc)) from None


def _print_json(value: object) -> None:
    sys.stdout.write(json_text(value, ascii_only=True) + "\n")


def _table(title: str, columns: list[str], rows: list[list[str]]) -> None:
    from rich.console import Console  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415
    from rich.text import Text  # noqa: PLC0415

    table = Table(title=terminal_text(title), box=None, header_style="bold")
    for i, name in enumerate(columns):
        table.add_column(name, justify="right" if i and name != "address" else "left")
    for row in rows:
        table.add_row(*(Text(terminal_text(cell)) for cell in row))
    Console(soft_wrap=False).print(table)


def rune_command() -> click.Command:
    """``xverse-api rune IDENTIFIER``: a rune's facts and its top holders."""
    import click  # noqa: PLC0415

    @click.command("rune")
    @click.argument("identifier")
    @click.option(
        "--holders",
        type=click.IntRange(min=0, max=25),
        default=10,
        show_default=True,
        help="How many top holders to show (0: none).",
    )
    @_options
    @click.pass_context
    def rune(
        ctx: click.Context,
        *,
        identifier: str,
        holders: int,
        fmt: str | None,
        raw: bool,
        network: str | None,
        base_url: str | None,
        api_key: str | None,
    ) -> None:
        """A rune's facts (supply, premine, cap, divisibility) and its top holders.

        \b
          xverse-api rune 840000:3
          xverse-api rune 840000:3 --holders 25 --format json
        """
        fmt = fmt or ("table" if is_terminal(sys.stdout) else "json")
        with _client(api_key, base_url, network) as client:
            try:
                info = client.runes.info(identifier)
                page = (
                    client.runes.holders_page(identifier, offset=0, limit=holders)
                    if holders
                    else None
                )
            except XverseError as exc:
                if ctx.meta.get("xverse.debug"):
                    raise
                warn(f"error: {describe(exc)}")
                ctx.exit(EXIT_USAGE if isinstance(exc, ValueError) else EXIT_FAILED)
        top = list(page.items)[:holders] if page is not None else []
        if fmt == "json":
            _print_json({"info": info.to_dict(), "holders": [h.to_dict() for h in top]})
            return
        div = info.divisibility
        facts = {
            "rune": info.spaced_rune_name or info.rune_name,
            "id": info.rune_id,
            "symbol": info.symbol,
            "divisibility": div,
            "supply": _amount(info.supply, div, raw),
            "premine": _amount(info.premine, div, raw),
            "cap (mints)": "-" if info.cap is None else f"{info.cap:,}",
            "amount per mint": _amount(info.amount, div, raw),
            "holders": "-" if info.holders is None else f"{info.holders:,}",
        }
        _table(f"rune {identifier}", ["", ""], [[k, str(v)] for k, v in facts.items()])
        if top:
            rows = [[h.address, _amount(h.amount, div, raw)] for h in top]
            _table(f"top {len(top)} holders", ["address", "amount"], rows)

    return rune


def mempool_command() -> click.Command:
    """``xverse-api mempool ADDRESS...``: mempool-aware balances (the provider's v2)."""
    import click  # noqa: PLC0415

    @click.command("mempool")
    @click.argument("addresses", nargs=-1, required=True, metavar="ADDRESS...")
    @_options
    @click.pass_context
    def mempool(
        ctx: click.Context,
        *,
        addresses: tuple[str, ...],
        fmt: str | None,
        raw: bool,
        network: str | None,
        base_url: str | None,
        api_key: str | None,
    ) -> None:
        """Rune balances of each ADDRESS counting the mempool: confirmed, available (not
        spent by a pending transaction) and projected (once pending ones confirm).

        \b
          xverse-api mempool bc1q0egjvlcfq77cxd9kvpgppyuxckzvws46e3sxch
        """
        fmt = fmt or ("table" if is_terminal(sys.stdout) else "json")
        out: list[dict[str, Any]] = []
        failed = False
        with _client(api_key, base_url, network) as client:
            for address in addresses:
                try:
                    answer = client.runes.mempool_balances(address)
                except XverseError as exc:
                    if ctx.meta.get("xverse.debug"):
                        raise
                    warn(f"error: {address}: {describe(exc)}")
                    failed = True
                    out.append({"address": address, "error": describe(exc)})
                    continue
                out.append({"address": address, "balances": answer})
        if fmt == "json":
            _print_json(
                [
                    {"address": e["address"], "error": e["error"]}
                    if "error" in e
                    else {
                        "address": e["address"],
                        "balances": [b.to_dict() for b in e["balances"].balances or []],
                    }
                    for e in out
                ]
            )
        else:
            for entry in out:
                if "error" in entry:
                    continue
                rows = [
                    [
                        b.rune_name or b.rune_id or "?",
                        _amount(b.confirmed_balance, b.divisibility, raw),
                        _amount(b.available_balance, b.divisibility, raw),
                        _amount(b.projected_balance, b.divisibility, raw),
                    ]
                    for b in entry["balances"].balances or []
                ]
                _table(entry["address"], ["rune", "confirmed", "available", "projected"], rows)
        ctx.exit(EXIT_FAILED if failed else 0)

    return mempool
