"""A finished draft in the forms a person takes away: plain text, an .eml file, a mailto: link."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from urllib.parse import quote

from assistant.text.email_parts import format_email

# Mail clients and browsers cut or refuse long mailto: links; ~2,000 characters is the common floor.
MAILTO_MAX_CHARS = 2000
TRUNCATED_NOTE = "\n\n[…the rest did not fit in a mail link: paste it from the page]"


def one_line(text: str) -> str:
    """A header value: no line breaks (they would start a new header), whitespace collapsed."""
    return " ".join(str(text or "").split())


def to_txt(subject: str, body: str) -> str:
    """The plain-text email: 'Subject: …', a blank line, the body."""
    return format_email(one_line(subject), body)


def to_eml(subject: str, body: str, to: str = "", sender: str = "") -> bytes:
    """An unsent RFC 5322 message a mail app opens as a draft (UTF-8, CRLF line ends)."""
    message = EmailMessage(policy=SMTP)
    message["Subject"] = one_line(subject)
    if one_line(to):
        message["To"] = one_line(to)
    if one_line(sender):
        message["From"] = one_line(sender)
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"  # Outlook and Apple Mail open such a file as a draft to send
    message.set_content(body.strip() + "\n", charset="utf-8")
    return message.as_bytes()


@dataclass(frozen=True)
class MailtoLink:
    """A mailto: URL, and whether the body had to be shortened to fit."""

    url: str
    truncated: bool = False


def _mailto(to: str, subject: str, body: str) -> str:
    # RFC 6068: every reserved character percent-encoded, line breaks as %0D%0A.
    query = [f"subject={quote(one_line(subject), safe='')}"] if one_line(subject) else []
    if body:
        crlf = re.sub(r"\r\n|\r|\n", "\r\n", body)
        query.append(f"body={quote(crlf, safe='')}")
    return f"mailto:{quote(one_line(to), safe='@')}" + ("?" + "&".join(query) if query else "")


def mailto_link(
    subject: str, body: str, to: str = "", max_chars: int = MAILTO_MAX_CHARS
) -> MailtoLink:
    """A mailto: link with subject and body; a body too long for max_chars is cut at a word."""
    body = body.strip()
    url = _mailto(to, subject, body)
    if len(url) <= max_chars:
        return MailtoLink(url)
    lo, hi = 0, len(body)
    while lo < hi:  # the longest prefix whose link (with the note) still fits
        mid = (lo + hi + 1) // 2
        if len(_mailto(to, subject, body[:mid].rstrip() + TRUNCATED_NOTE)) <= max_chars:
            lo = mid
        else:
            hi = mid - 1
    cut = body[:lo]
    if lo < len(body) and " " in cut:
        cut = cut[: cut.rfind(" ")]
    text = cut.rstrip() + TRUNCATED_NOTE if cut.strip() else ""
    return MailtoLink(_mailto(to, subject, text), truncated=True)


def slug(text: str, limit: int = 40) -> str:
    """ASCII, lowercase, dash-separated: safe in any file system."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].strip("-")


def file_name(stage: str, company: str | None, extension: str) -> str:
    """e.g. 'follow-up-northwind-labs-thank-you.eml'."""
    parts = ["follow-up", slug(company or ""), slug(stage.replace("_", " "))]
    return "-".join(p for p in parts if p) + "." + extension.lstrip(".")
