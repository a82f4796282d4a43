"""Keep API keys out of everything a person or a log sees: messages, partial drafts, log records."""

from __future__ import annotations

import logging
import os
import re
import traceback
from typing import Any

# Key-shaped text: "sk-…" only at a word start (so "risk-averse" and "task-oriented" survive),
# an HTTP Bearer token, and api_key=… in URLs or dumps. The label before a token is kept.
_KEY_PATTERNS = re.compile(
    r"(?<![\w-])sk-[A-Za-z0-9_\-]{6,}"
    r"|(?P<bearer>Bearer\s+|(?i:authorization:\s*bearer\s+))[A-Za-z0-9._~+/\-]{6,}=*"
    r"|(?P<param>(?i:api[_-]?key)=)[^\s&'\"]+"
)
_SECRET_NAME = re.compile(r"(API_KEY|_TOKEN|_SECRET)$")
_MIN_SECRET_CHARS = 6
_MIN_FRAGMENT = 8  # a piece of a known key this long is redacted too (logs, a reply cut mid-key)
_used_keys: set[str] = set()  # keys handed to a model call, so log records can be scrubbed too


def remember(key: str | None) -> None:
    """Note a key passed to a model directly (not via the environment) so scrub knows it."""
    if key and len(key) >= _MIN_SECRET_CHARS:
        _used_keys.add(key)


def secret_values(settings: Any = None) -> list[str]:
    """Every key we know of: the environment's *_API_KEY/_TOKEN/_SECRET, used and given keys."""
    values = [
        v
        for k, v in os.environ.items()
        if _SECRET_NAME.search(k) and v and len(v) >= _MIN_SECRET_CHARS
    ]
    values.extend(_used_keys)
    key = getattr(settings, "api_key", None)
    if key:
        values.append(key)
    return sorted(set(values), key=len, reverse=True)


def scrub(text: str, settings: Any = None) -> str:
    """Remove anything that looks like, or is, an API key from text a person or log will see."""
    return _KEY_PATTERNS.sub(_redacted, scrub_known(text, settings))


def scrub_known(text: str, settings: Any = None) -> str:
    """Remove the keys we know (by value), and any piece of one of _MIN_FRAGMENT characters or
    more, from a model's reply.

    A careless proxy can echo the key into a reply, whole or without its "sk-" prefix, so replies
    are scrubbed too; but only known values, since key-shaped patterns would also eat an email's
    "Bearer tokens" or "sk-learn".
    """
    values = secret_values(settings)
    for value in values:
        text = text.replace(value, "[redacted]")
    return _without_fragments(text, values)


class KeyFilter:
    """scrub_known for text that arrives in pieces (a streamed reply).

    A key can be split across pieces, so a tail that could be the start of a known key is held
    back until the next piece settles it; `flush()` hands over what is held when the reply ends
    (or is cut off), redacted if it is a piece of a key long enough to matter.
    """

    def __init__(self, settings: Any = None) -> None:
        self._values = secret_values(settings)
        self.pending = ""

    def feed(self, piece: str) -> str:
        text = self.pending + piece
        for value in self._values:
            text = text.replace(value, "[redacted]")
        # Hold back the longest tail that is a piece of a key: the next chunk may continue it.
        hold = max(
            (
                k
                for value in self._values
                for k in range(min(len(value) - 1, len(text)), 0, -1)
                if text[len(text) - k :] in value
            ),
            default=0,
        )
        self.pending = text[len(text) - hold :] if hold else ""
        return _without_fragments(text[: len(text) - hold], self._values)

    def flush(self) -> str:
        rest, self.pending = self.pending, ""
        return "[redacted]" if len(rest) >= _MIN_FRAGMENT else rest


def _redacted(match: re.Match[str]) -> str:
    return f"{match.group('bearer') or match.group('param') or ''}[redacted]"


SCRUBBED_LOGGERS = ("LiteLLM", "litellm", "openai", "httpx", "httpcore", "aiohttp")


def scrub_fragments(text: str, settings: Any = None) -> str:
    """scrub(), plus any piece of a known key of _MIN_FRAGMENT characters or more.

    litellm logs a streamed reply chunk by chunk at DEBUG, so a key echoed into a reply reaches
    the log in pieces that no single record holds whole.
    """
    return _without_fragments(scrub(text, settings), secret_values(settings))


def _without_fragments(text: str, values: list[str]) -> str:
    """Every run of _MIN_FRAGMENT or more characters that also occurs in a known key, redacted."""
    for value in values:
        grams = {value[i : i + _MIN_FRAGMENT]: i for i in range(len(value) - _MIN_FRAGMENT, -1, -1)}
        if not any(gram in text for gram in grams):
            continue
        out: list[tuple[int, int]] = []
        p = 0
        while p <= len(text) - _MIN_FRAGMENT:
            start = grams.get(text[p : p + _MIN_FRAGMENT])
            if start is None:
                p += 1
                continue
            end, at = p + _MIN_FRAGMENT, start + _MIN_FRAGMENT
            while end < len(text) and at < len(value) and text[end] == value[at]:
                end, at = end + 1, at + 1
            out.append((p, end))
            p = end
        for begin, end in reversed(out):
            text = f"{text[:begin]}[redacted]{text[end:]}"
    return text


def install_log_scrubber() -> None:
    """Scrub keys from every record litellm and its HTTP stack log, whoever handles them.

    litellm redacts only on its own stderr handler; its records still reach the root logger (and
    any app or test handler) unredacted, and a server that echoes the key in an error body gets it
    logged verbatim at DEBUG ("RAW RESPONSE"). A record factory sees every record of those
    libraries, including loggers created later, and costs nothing unless a record is made.
    """
    previous = logging.getLogRecordFactory()
    if getattr(previous, "followup_scrubber", False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if record.name.startswith(SCRUBBED_LOGGERS):
            try:
                message = record.getMessage()
            except Exception:  # noqa: BLE001 - a bad format string must not break logging
                message = f"{record.msg} {record.args}"
            record.msg, record.args = scrub_fragments(message), ()
            if record.exc_info and record.exc_info[1] is not None:
                record.exc_text = scrub_fragments(
                    "".join(traceback.format_exception(*record.exc_info))
                )
        return record

    factory.followup_scrubber = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
