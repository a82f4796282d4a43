"""What the candidate keeps to themselves in a line of notes: pay figures, other offers and their
deadlines, contact details, logistics (relocation, start date, parking …)."""

from __future__ import annotations

import re

from assistant.notes.lexicon import IGNORE_CASE

_FIGURE = r"(?:[$£€¥]\s?\d|\b\d[\d,.]*\s?[kK]\b|\b\d{2,3}\s*[-–]\s*\d{2,3}\b|\b\d{2,3},\d{3}\b)"
_MONEY = (
    r"\b(?:budget|salary|salaries|comp|compensation|pay|paid|paying|wages?|package|offer(?:ed|ing)?"
    r"|bonus|ote|asked\s+for|ask\s+for|asking(?:\s+for)?|hourly|per\s+hour|an\s+hour"
    r"|base(?:\s+(?:pay|salary))?|earn\w*|commission)\b(?!\s+of\b)"
)
OFFER_DEADLINE = re.compile(  # the candidate's own deadline on an offer, never their decision
    r"\b(?:expir\w*|deadline|answer|respon[sd]\w*|accept\w*|sign|decide\s+on)\b[^.;]{0,40}\boffers?\b"
    r"|\boffers?\b[^.;]{0,50}\b(?:expir\w*|deadline|runs\s+out|valid\s+until|good\s+until)"
    r"|\b(?:i\s+have|i['’]ve\s+got|i\s+got|holding)\s+(?:an?|another|one)\s+(?:other\s+)?offer"
    r"|\bcompeting\s+offers?|\boffers?\s+(?:from|at)\s+(?-i:[A-Z])",
    IGNORE_CASE,
)
CONTACT = re.compile(  # phone numbers, e-mail addresses, links
    r"\blinkedin\S*|[\w.+-]+@[\w-]+\.\w[\w.-]*|https?://\S+|www\.\S+|\b[\w-]+\.[a-z]{2,6}/\S*"
    r"|\+\d[\d\s().-]{6,}\d|\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b0\d{3,4}\s?\d{6}\b",
    IGNORE_CASE,
)
MONEY = re.compile(  # pay figures: "the budget is 42-45k", "comp band 180-200", "55k base"
    rf"{_MONEY}[^.;]{{0,50}}?{_FIGURE}|{_FIGURE}[^.;]{{0,30}}?{_MONEY}"
    rf"|{_FIGURE}\s*(?:base|basic|tc|total|p\.?a\.?|/\s?(?:yr|year|hr|hour))\b",
    IGNORE_CASE,
)
PRIVATE = re.compile(  # pay and logistics: the candidate's alone (offers, contacts: private())
    r"\b(?:salary|salaries|(?:comp|pay|salary)\s+(?:band|range|scale|rise|expectations?)"
    r"|compensation\s+(?:package|range|band|expectations?)|expected\s+(?:comp|pay)|bonus"
    r"|equity\s+(?:grant|package|stake)|stock\s+options|rsus?|benefits\s+package"
    r"|relocation(?:\s+\w+)?|relocat(?:e|ing)\s+(?:me|myself)|visa\s+(?:sponsorship|status|transfer)"
    r"|sponsorship|notice\s+period|start(?:ing)?\s+date|parking|park\s+(?:in|at|on|behind)"
    r"|dress\s+code|badge|(?:travel|mileage)\s+(?:expenses|reimburs\w*)|directions\s+to)\b",
    IGNORE_CASE,
)


def private(text: str) -> bool:
    """True for what the candidate keeps to themselves: pay, other offers, contacts, logistics."""
    low, digit = text.lower(), re.search(r"\d", text)
    offer = "offer" in low and OFFER_DEADLINE.search(text)
    contact = (digit or re.search(r"[@/]|www|linkedin", low)) and CONTACT.search(text)
    return bool(PRIVATE.search(text) or (digit and MONEY.search(text)) or offer or contact)
