"""The helpers that keep secrets out of text: :func:`redact` (the API key in every form
it takes in a message) and :func:`safe_url` (a URL without its ``user:password``).

The bottom of the core: ``_errors``, ``_options`` and ``_core`` all use them, and this
module imports nothing of the package.
"""

from __future__ import annotations

import json
import re
from typing import Final
from urllib.parse import quote

import httpx

__all__ = ["REDACTED", "redact", "safe_url"]

REDACTED: Final = "[redacted]"
_URL_USERINFO: Final = re.compile(r"(?<=//)[^/?#@]*@")
#: for text that does not parse as a URL: everything from the scheme to the last "@"
_LOOSE_USERINFO: Final = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*:/*).*@", re.S)


def _quoted_forms(text: str) -> set[str]:
    """How ``text`` looks inside the repr of a str or bytes, or inside JSON."""
    forms = {repr(text)[1:-1], ascii(text)[1:-1], json.dumps(text)[1:-1]}
    forms.add(repr(text.encode("utf-8", "surrogateescape"))[2:-1])
    # inside a longer text that holds both quotes, a repr escapes its own quote too
    both = "'\""
    forms.add(repr(text + both)[1:-4])
    forms.add(ascii(text + both)[1:-4])
    forms.add(repr((text + both).encode("utf-8", "surrogateescape"))[2:-4])
    forms.add(text.encode("unicode_escape").decode("ascii"))
    return forms


def _percent_pattern(secret: str) -> str:
    """A pattern matching ``secret`` with any of its characters percent-encoded (or a
    space as ``+``), hex digits in either case."""
    parts = []
    for ch in secret:
        encoded = "".join(
            "%" + "".join(f"[{d.upper()}{d.lower()}]" if d.isalpha() else d for d in f"{b:02X}")
            for b in ch.encode("utf-8", "surrogateescape")
        )
        options = [re.escape(ch), encoded] + (["\\+"] if ch == " " else [])
        parts.append("(?:" + "|".join(options) + ")")
    return "".join(parts)


def redact(text: str, secret: str | None) -> str:
    """``text`` with every form ``secret`` takes in a message replaced by ``[redacted]``:
    as is, escaped as in a ``repr`` of a str or bytes (``KEY\\\\n``), in JSON, and
    percent-encoded (wholly or in part); also its stripped form when it has surrounding
    white space (the key from ``open(f).read()``)."""
    if not secret or not text:
        return text
    bases = {secret, secret.strip()} - {""}
    forms: set[str] = set()
    for base in bases:
        once = _quoted_forms(base)
        forms |= once
        for form in once:  # a repr of a message that holds a repr
            forms |= _quoted_forms(form)
        forms.add(quote(base, safe=""))
    literal = sorted(forms - {""}, key=len, reverse=True)
    patterns = [re.escape(form) for form in literal]
    patterns += [_percent_pattern(base) for base in sorted(bases, key=len, reverse=True)]
    return re.sub("|".join(patterns), REDACTED, text)


def safe_url(url: object) -> str:
    """``url`` as text with any ``user:password@`` removed: for reprs, messages, logs."""
    text = str(url)
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(text)
    except (httpx.InvalidURL, TypeError, ValueError):
        return _LOOSE_USERINFO.sub(r"\1", text)
    if parsed.userinfo:
        return str(parsed.copy_with(userinfo=b""))
    if not parsed.host and "@" in text:  # "http:/user:pw@host" parses as a path
        return _LOOSE_USERINFO.sub(r"\1", text)
    return _URL_USERINFO.sub("", text)
