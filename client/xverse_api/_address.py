"""Bitcoin address checks: bech32/bech32m (BIP-173, BIP-350) and base58check.

``validate_address`` accepts exactly the addresses valid on a network and raises
:class:`InvalidAddressError` naming the problem otherwise. The encoders are here too,
so tests and the fake API can make real addresses.

Written by hand (about a hundred lines, no dependency): the reference algorithms are
short and fixed, and the maintained packages for them either pull in a crypto stack
or do not tell *why* an address is wrong.
"""

from __future__ import annotations

import functools
from typing import Final, Literal

from ._errors import InvalidAddressError

__all__ = [
    "NETWORKS",
    "encode_base58check",
    "encode_segwit_address",
    "is_valid_address",
    "validate_address",
]


class _Network:
    __slots__ = ("hrp", "p2pkh", "p2sh")

    def __init__(self, hrp: str, p2pkh: int, p2sh: int) -> None:
        self.hrp, self.p2pkh, self.p2sh = hrp, p2pkh, p2sh


_MAINNET: Final = _Network("bc", 0x00, 0x05)
_TEST: Final = _Network("tb", 0x6F, 0xC4)
#: The networks the provider serves, with their address prefixes. signet and testnet4
#: share testnet's prefixes, so their addresses look alike.
#: The network names the SDK takes (a Literal: type checkers catch typos)
Network = Literal["mainnet", "signet", "testnet4"]
NETWORKS: Final[dict[str, _Network]] = {"mainnet": _MAINNET, "signet": _TEST, "testnet4": _TEST}
#: Bitcoin Core's local regtest network: recognised only to say so
_REGTEST: Final = _Network("bcrt", 0x6F, 0xC4)

_CHARSET: Final = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_REV: Final = {c: i for i, c in enumerate(_CHARSET)}
_BECH32: Final = 1
_BECH32M: Final = 0x2BC830A3
_GEN: Final = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_B58: Final = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_REV: Final = {c: i for i, c in enumerate(_B58)}
_B58_CHARS: Final = frozenset(_B58)
_BECH32_CHARS: Final = frozenset(_CHARSET)
_MAX_SHOWN: Final = 100
#: No Bitcoin address is longer: bech32 caps a whole address at 90 characters (a base58
#: one of 25 bytes has at most 35). Longer input is refused before any decoding.
MAX_ADDRESS_LENGTH: Final = 90
_BASE58_MAX_LENGTH: Final = 35
_SEGWIT_HRPS: Final = ("bc", "tb", "bcrt")


# _GEN_TABLE[top] is the XOR of the generator terms selected by the 5 bits of ``top``:
# BIP-173's polymod with its inner loop done once, up front.
def _gen_table() -> tuple[int, ...]:
    table = []
    for top in range(32):
        acc = 0
        for i in range(5):
            if (top >> i) & 1:
                acc ^= _GEN[i]
        table.append(acc)
    return tuple(table)


_GEN_TABLE: Final = _gen_table()


def _polymod(values: list[int]) -> int:
    chk = 1
    table = _GEN_TABLE
    for v in values:
        chk = ((chk & 0x1FFFFFF) << 5 ^ v) ^ table[chk >> 25]
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convertbits(data: list[int], frombits: int, tobits: int, *, pad: bool) -> list[int] | None:
    acc = bits = 0
    out: list[int] = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (tobits - bits)) & maxv)
    elif bits >= frombits or ((acc << (tobits - bits)) & maxv):
        return None
    return out


def encode_segwit_address(hrp: str, witver: int, program: bytes) -> str:
    """Encode a segwit address (bech32 for version 0, bech32m for 1..16)."""
    data = [witver, *(_convertbits(list(program), 8, 5, pad=True) or [])]
    const = _BECH32 if witver == 0 else _BECH32M
    polymod = _polymod([*_hrp_expand(hrp), *data, 0, 0, 0, 0, 0, 0]) ^ const
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[d] for d in data + checksum)


def _checksum(raw: bytes) -> bytes:
    import hashlib  # noqa: PLC0415 - only base58 addresses need it (and it loads OpenSSL)

    return hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]


def encode_base58check(version: int, payload: bytes) -> str:
    """Encode a base58check address (P2PKH/P2SH: one version byte + 20-byte hash)."""
    raw = bytes([version]) + payload
    raw += _checksum(raw)
    num = int.from_bytes(raw, "big")
    out = ""
    while num:
        num, rem = divmod(num, 58)
        out = _B58[rem] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def _segwit_problem(address: str, net: _Network) -> str | None:
    if address.lower() != address and address.upper() != address:
        return "mixes upper and lower case; a bech32 address is all one case"
    addr = address.lower()
    if len(addr) > 90:
        return f"is {len(addr)} characters long; a bech32 address has at most 90"
    hrp, _, rest = addr.rpartition("1")
    if hrp != net.hrp:
        return (
            f"starts with {hrp + '1'!r}; this network's segwit addresses start "
            f"with {net.hrp + '1'!r}"
        )
    if len(rest) < 6:
        return "is too short to hold a bech32 checksum"
    bad = [(i, c) for i, c in enumerate(rest, len(hrp) + 1) if c not in _CHARSET_REV]
    if bad:
        pos, ch = bad[0]
        return (
            f"has {ch!r} at position {pos}, which bech32 does not use "
            "(it never uses 1, b, i or o after the separator); check for a typo"
        )
    data = [_CHARSET_REV[c] for c in rest]
    const = _polymod(_hrp_expand(hrp) + data)
    if const not in (_BECH32, _BECH32M):
        return "fails its bech32 checksum; check for a typo"
    witver = data[0]
    if witver > 16:
        return f"has witness version {witver}; versions run 0..16"
    if (witver == 0) != (const == _BECH32):
        kind = "bech32" if witver == 0 else "bech32m"
        return f"has witness version {witver} but the wrong checksum type (v{witver} uses {kind})"
    program = _convertbits(data[1:-6], 5, 8, pad=False)
    if program is None:
        return "has invalid padding in its witness program"
    if not 2 <= len(program) <= 40:
        return f"has a {len(program)}-byte witness program; it must be 2..40 bytes"
    if witver == 0 and len(program) not in (20, 32):
        return f"has a {len(program)}-byte v0 program; v0 needs 20 (P2WPKH) or 32 (P2WSH)"
    return None


def _base58_problem(address: str, net: _Network) -> str | None:
    if len(address) > _BASE58_MAX_LENGTH:
        return (
            f"is {len(address)} characters long; a base58 address has at most "
            f"{_BASE58_MAX_LENGTH} (and a bech32 one starts with its network's prefix, bc1…)"
        )
    bad = [(i, c) for i, c in enumerate(address) if c not in _B58_REV]
    if bad:
        pos, ch = bad[0]
        return (
            f"has {ch!r} at position {pos}, which base58 does not use "
            "(it never uses 0, O, I or l); check for a typo"
        )
    num = 0
    for c in address:
        num = num * 58 + _B58_REV[c]
    pad = len(address) - len(address.lstrip("1"))
    body = num.to_bytes((num.bit_length() + 7) // 8, "big") if num else b""
    raw = b"\0" * pad + body
    if len(raw) != 25:
        return f"decodes to {len(raw)} bytes; a base58 address is 25 (version, hash, checksum)"
    if _checksum(raw[:21]) != raw[21:]:
        return "fails its base58check checksum; check for a typo"
    if raw[0] not in (net.p2pkh, net.p2sh):
        return f"has version byte {raw[0]:#04x}, which is not a P2PKH or P2SH address here"
    return None


def _other_networks(address: str, network: str) -> list[str]:
    return [
        name
        for name, net in NETWORKS.items()
        if name != network and net is not NETWORKS[network] and _problem(address, net) is None
    ]


def _is_segwit_form(address: str, net: _Network) -> bool:
    """True when ``address`` is to be read as bech32 (its prefix says so)."""
    lower = address.lower()
    return lower.startswith(net.hrp + "1") or (
        "1" in lower and lower.rpartition("1")[0] in _SEGWIT_HRPS
    )


def _problem(address: str, net: _Network) -> str | None:
    if _is_segwit_form(address, net):
        return _segwit_problem(address, net)
    return _base58_problem(address, net)


def _plausible(address: str, net: _Network) -> bool:
    """Worth remembering: no longer than an address of its kind (bech32 or base58) can
    be, and made only of that kind's characters."""
    if _is_segwit_form(address, net):
        data = address.lower().rpartition("1")[2]
        return len(address) <= MAX_ADDRESS_LENGTH and _BECH32_CHARS.issuperset(data)
    return len(address) <= _BASE58_MAX_LENGTH and _B58_CHARS.issuperset(address)


def normalised_case(address: str) -> str:
    """Without validation: an all-upper-case bech32 address in lower case, so it is sent
    and de-duplicated as its lower-case twin; anything else as given."""
    lower = address.lower()
    if address.isupper() and lower.startswith(tuple(hrp + "1" for hrp in _SEGWIT_HRPS)):
        return lower
    return address


@functools.lru_cache(maxsize=4096)
def _cached_problem(address: str, network: str) -> str | None:
    """What is wrong with ``address`` on ``network`` (None: nothing); remembered, since
    batch and polling callers ask about the same addresses again and again. Only
    plausible addresses come here, so garbage never fills the cache."""
    return _problem(address, NETWORKS[network])


def _foreign_segwit_problem(address: str, network: str) -> str | None:
    """A bech32 address with another network's prefix (``tb1…`` on mainnet) that is
    broken anyway: what is wrong with it there (a bad checksum, say), with a note on the
    prefix. None when the prefix is this network's, unknown, or the address is fine."""
    hrp = address.lower().rpartition("1")[0]
    if NETWORKS[network].hrp == hrp:
        return None
    if hrp == _REGTEST.hrp:  # a network the provider does not serve
        problem = _segwit_problem(address, _REGTEST)
        served = ", ".join(NETWORKS)
        if problem is None:
            return f"is a regtest address; the API serves {served} only"
        return f"{problem} (a {hrp}1… address is for regtest, which the API does not serve)"
    others = [name for name, net in NETWORKS.items() if net.hrp == hrp and name != network]
    if not others:
        return None
    problem = _segwit_problem(address, NETWORKS[others[0]])
    note = f" (a {hrp}1… address is for {' or '.join(others)}, not {network})"
    return None if problem is None else problem + note


def validate_address(address: str, network: Network = "mainnet") -> str:
    """Return ``address`` in the form to send if it is a valid Bitcoin address on ``network``.

    Accepts bech32 witness v0 and bech32m v1+ addresses (BIP-173, BIP-350) and base58check
    P2PKH/P2SH addresses with the network's prefixes. A bech32 address comes back in lower
    case (``BC1Q…`` and ``bc1q…`` are the same address): send and de-duplicate what this
    returns. Raises :class:`InvalidAddressError` saying what is wrong otherwise; its
    ``hint_networks`` names the networks the address belongs to, if any.
    """
    if network not in NETWORKS:
        choices = ", ".join(NETWORKS)
        raise InvalidAddressError(
            f"unknown network {network!r}; use one of {choices}", address=str(address)[:_MAX_SHOWN]
        )
    if not isinstance(address, str):
        raise InvalidAddressError(
            f"an address is a str, not {type(address).__name__}",
            address=repr(address)[:_MAX_SHOWN],
        )
    shown = address if len(address) <= _MAX_SHOWN else address[:_MAX_SHOWN] + "…"
    if len(address) > MAX_ADDRESS_LENGTH:  # before anything that reads the whole string
        reason = (
            f"is {len(address)} characters long; a Bitcoin address has at most {MAX_ADDRESS_LENGTH}"
        )
        raise InvalidAddressError(f"address {shown!r} {reason}", address=address, reason=reason)
    if not address:
        raise InvalidAddressError(
            "the address is empty; pass a Bitcoin address",
            address="",
            reason="is empty; pass a Bitcoin address",
        )
    if address != address.strip():
        raise InvalidAddressError(
            f"address {shown!r} has surrounding white space; strip it",
            address=address,
            reason="has surrounding white space; strip it",
        )
    net = NETWORKS[network]
    shape = _shape_problem(address)
    if shape is not None:
        raise InvalidAddressError(f"address {shown!r} {shape}", address=address, reason=shape)
    if _plausible(address, net):
        problem = _cached_problem(address, network)
    else:
        problem = _problem(address, net)
    if problem is None:
        return address.lower() if _is_segwit_form(address, net) else address
    elsewhere = tuple(_other_networks(address, network))
    if elsewhere:
        reason = f"is a {' or '.join(elsewhere)} address, not {network}"
        advice = " or ".join(f"network={name!r}" for name in elsewhere)
        raise InvalidAddressError(
            f"address {shown!r} {reason}; pass {advice} to use it",
            address=address,
            reason=reason,
            hint_networks=elsewhere,
        )
    problem = _foreign_segwit_problem(address, network) or problem
    segwit = address.lower().startswith(tuple(hrp + "1" for hrp in _SEGWIT_HRPS))
    if not segwit and address.islower() and address[:1] in "13mn2":
        problem = (
            "is all lower case, but base58 addresses are case-sensitive: was it lower-cased "
            f"somewhere? (it {problem})"
        )
    elif not segwit:
        forms = "bc1…, 1… or 3…" if net is _MAINNET else "tb1…, m…, n… or 2…"
        problem += f" ({network} addresses look like {forms})"
    raise InvalidAddressError(f"address {shown!r} {problem}", address=address, reason=problem)


#: characters that separate two addresses pasted as one
_SEPARATORS: Final = {",": "a comma", ";": "a semicolon", "|": "a '|'"}


def _shape_problem(address: str) -> str | None:
    """Input that is not one address at all: a ``bitcoin:`` URI, or two addresses joined
    by a separator or white space. None for anything that may be an address."""
    if address.lower().startswith("bitcoin:"):
        bare = address[len("bitcoin:") :].split("?", 1)[0]
        return (
            f"is a bitcoin: payment URI (BIP-21), not an address; pass the address alone: "
            f"{bare[:_MAX_SHOWN]!r}"
        )
    for char, name in _SEPARATORS.items():
        if char in address:
            return f"holds {name}: two addresses? pass one address each (one a line in a file)"
    if any(ch.isspace() for ch in address):
        return "holds white space: two addresses? pass one address each (one a line in a file)"
    return None


def is_valid_address(address: str, network: Network = "mainnet") -> bool:
    """True when :func:`validate_address` would accept ``address`` on ``network``."""
    try:
        validate_address(address, network)
    except InvalidAddressError:
        return False
    return True
