"""The email box's take-away buttons (Copy, .txt, .eml, mail link) and the script behind them.

The buttons read the Subject, Body and To boxes in the browser at the moment of the click, so
what leaves the page is what is in the box now, never the last value the server saw. The same
script commits typing after a short pause, so the score and the autosave follow as you type.
"""

from __future__ import annotations

from email.utils import formatdate
from functools import cache
from html import escape
from pathlib import Path

from assistant.drafting import exports

SCRIPT = Path(__file__).with_name("web") / "email_box.js"
# Boxes whose typing is committed after a pause (Streamlit keys).
LIVE_KEYS = ("notes", "draft_subject", "draft_body", "to_address")
SUBJECT_KEY, BODY_KEY, TO_KEY = "draft_subject", "draft_body", "to_address"
CUT_MESSAGE = (
    "The mail link carries a shortened body (mail apps limit link length): copy the "
    "full text with “Copy body”."
)

STYLE = """<style>
.fu-box{display:flex;flex-wrap:wrap;gap:.5rem;margin:.2rem 0}
.fu-box button,.fu-box a{flex:1 1 9rem;display:inline-flex;align-items:center;justify-content:center;
  min-height:2.5rem;padding:.25rem .75rem;border-radius:.5rem;font:inherit;font-size:1rem;
  border:1px solid rgba(128,128,128,.35);background:transparent;color:inherit;cursor:pointer;
  text-decoration:none}
.fu-box button:hover,.fu-box a:hover{border-color:#ff4b4b;color:#ff4b4b}
.fu-box .fu-primary{background:#ff4b4b;border-color:#ff4b4b;color:#fff}
.fu-box .fu-primary:hover{color:#fff;background:#e03e3e}
.fu-status{min-height:1.2rem;font-size:.85rem;color:#137333;flex-basis:100%}
</style>"""


# Brings the email and its score into view, once, after a new draft.
SCROLL_SCRIPT = (
    "<script>(function(){const go=()=>{const el=document.querySelector("
    "'.st-key-email_anchor');if(el){el.scrollIntoView({block:'start'});}"
    "else{setTimeout(go,100);}};setTimeout(go,50);})();</script>"
)


def is_page_script(html: str) -> bool:
    """One of the page's own scripts (fixed text, never built from what a person typed)."""
    return html in (script_html(), SCROLL_SCRIPT)


@cache
def script_html() -> str:
    """The script, once per page; the page is told which boxes commit as you type."""
    live = escape(" ".join(LIVE_KEYS))
    return f'<div data-fu-live="{live}" hidden></div><script>{SCRIPT.read_text("utf-8")}</script>'


def box_html(stage: str, company: str | None, *, date: str | None = None) -> str:
    """The Copy / download / mail buttons for the email of this stage (file names from exports)."""
    attrs = {
        "data-fu-box": "",
        "data-subject-key": SUBJECT_KEY,
        "data-body-key": BODY_KEY,
        "data-to-key": TO_KEY,
        "data-txt-name": exports.file_name(stage, company, "txt"),
        "data-eml-name": exports.file_name(stage, company, "eml"),
        "data-date": date or formatdate(localtime=True),
        "data-max": str(exports.MAILTO_MAX_CHARS),
        "data-note": exports.TRUNCATED_NOTE,
        "data-cut-message": CUT_MESSAGE,
    }
    opening = " ".join(f'{k}="{escape(v)}"' if v else k for k, v in attrs.items())
    return (
        f'<div class="fu-box" {opening}>'
        '<button type="button" class="fu-primary" data-fu="copy-body"><span>Copy body</span>'
        "</button>"
        '<button type="button" data-fu="copy-subject"><span>Copy subject</span></button>'
        '<button type="button" data-fu="txt">Download .txt</button>'
        '<button type="button" data-fu="eml">Download .eml</button>'
        '<a data-fu="mail" href="mailto:" target="_blank" rel="noopener">Open in mail app</a>'
        '<div class="fu-status" data-fu-status role="status" aria-live="polite"></div>'
        "</div>"
    )
