"""The helpers that keep secrets out of text: :func:`redact` (the API key in every form
it takes in a message) and :func:`safe_url` (a URL without its ``user:password``).

The bottom of the core: ``_errors``, ``_options`` and ``_core`` all use them, and this
module imports nothing of the package.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Final
from urllib.parse import quote

import httpx

__all__ = ["MIN_FRAGMENT", "REDACTED", "clip", "redact", "safe_url"]

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


#: The shortest run of the key's characters that counts as the key: no text the SDK
#: shows (an error, a report, a log line) holds this many consecutive characters of it,
#: in any of its forms, even where the text was cut short mid-key.
MIN_FRAGMENT: Final = 8
#: a fragment is found from one of its anchors, short runs at every ANCHOR_STEP-th
#: position of a form: every run of MIN_FRAGMENT characters holds one whole anchor
_ANCHOR: Final = 4
_ANCHOR_STEP: Final = MIN_FRAGMENT - _ANCHOR + 1


class _Forms:
    """What :func:`redact` looks for, worked out once per key."""

    __slots__ = ("anchors", "pattern")

    def __init__(self, secret: str) -> None:
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
        self.pattern = re.compile("|".join(patterns))
        # (anchor text, the form, where the anchor sits in it)
        self.anchors = [
            (form[at : at + _ANCHOR], form, at)
            for form in literal
            if len(form) >= MIN_FRAGMENT
            for at in range(0, len(form) - _ANCHOR + 1, _ANCHOR_STEP)
        ]


@functools.lru_cache(maxsize=16)
def _forms(secret: str) -> _Forms:
    return _Forms(secret)


def _fragments(text: str, forms: _Forms) -> list[tuple[int, int]]:
    """The spans of ``text`` that are MIN_FRAGMENT or more consecutive characters of a
    form of the key (a key cut short by a clip, say), merged, in order."""
    spans: list[tuple[int, int]] = []
    for anchor, form, at in forms.anchors:
        found = text.find(anchor)
        while found >= 0:
            left = 0  # grow the match both ways along the form
            while left < at and found - left > 0 and text[found - left - 1] == form[at - left - 1]:
                left += 1
            right = found + _ANCHOR
            end = at + _ANCHOR
            while end < len(form) and right < len(text) and text[right] == form[end]:
                right, end = right + 1, end + 1
            if right - (found - left) >= MIN_FRAGMENT:
                spans.append((found - left, right))
            found = text.find(anchor, found + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, stop in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((start, stop))
    return merged


def redact(text: str, secret: str | None) -> str:
    """``text`` with every form ``secret`` takes in a message replaced by ``[redacted]``:
    as is, escaped as in a ``repr`` of a str or bytes (``KEY\\\\n``), in JSON, and
    percent-encoded (wholly or in part); also its stripped form when it has surrounding
    white space (the key from ``open(f).read()``).

    Then any run of MIN_FRAGMENT or more consecutive characters of one of those forms
    goes too: a key cut by a clip (a message's, or a body's cap) leaves no usable part.
    A text is redacted before it is clipped (:func:`clip`), never after.
    """
    if not secret or not text:
        return text
    forms = _forms(secret)
    text = forms.pattern.sub(REDACTED, text)
    spans = _fragments(text, forms)
    if not spans:
        return text
    parts, last = [], 0
    for start, stop in spans:
        parts += [text[last:start], REDACTED]
        last = stop
    parts.append(text[last:])
    return "".join(parts)


def clip(text: str, limit: int, secret: str | None = None) -> str:
    """``text`` on one line, redacted, then cut to ``limit`` characters (ending in "…")."""
    text = " ".join(redact(text, secret).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
