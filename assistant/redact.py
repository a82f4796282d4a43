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
    r"|(?P<param>(?i:api[_-]?key)=)[^\s&'\"]+")
_SECRET_NAME = re.compile(r"(API_KEY|_TOKEN|_SECRET)$")
_MIN_SECRET_CHARS = 6
_used_keys: set[str] = set()  # keys handed to a model call, so log records can be scrubbed too


def remember(key: str | None) -> None:
    """Note a key passed to a model directly (not via the environment) so scrub knows it."""
    if key and len(key) >= _MIN_SECRET_CHARS:
        _used_keys.add(key)


def secret_values(settings: Any = None) -> list[str]:
    """Every key we know of: the environment's *_API_KEY/_TOKEN/_SECRET, used and given keys."""
    values = [v for k, v in os.environ.items()
              if _SECRET_NAME.search(k) and v and len(v) >= _MIN_SECRET_CHARS]
    values.extend(_used_keys)
    key = getattr(settings, "api_key", None)
    if key:
        values.append(key)
    return sorted(set(values), key=len, reverse=True)


def scrub(text: str, settings: Any = None) -> str:
    """Remove anything that looks like, or is, an API key from text a person or log will see."""
    for value in secret_values(settings):
        text = text.replace(value, "[redacted]")
    return _KEY_PATTERNS.sub(_redacted, text)


def _redacted(match: re.Match[str]) -> str:
    return f"{match.group('bearer') or match.group('param') or ''}[redacted]"


SCRUBBED_LOGGERS = ("LiteLLM", "litellm", "openai", "httpx", "httpcore", "aiohttp")


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
            record.msg, record.args = scrub(message), ()
            if record.exc_info and record.exc_info[1] is not None:
                record.exc_text = scrub("".join(traceback.format_exception(*record.exc_info)))
        return record

    factory.followup_scrubber = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
