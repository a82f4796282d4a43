"""Exports: .txt, .eml and mailto: links carry exactly the draft, safely encoded."""

from email import message_from_bytes
from email.policy import default
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from assistant.drafting.exports import (
    MAILTO_MAX_CHARS,
    file_name,
    mailto_link,
    one_line,
    slug,
    to_eml,
    to_txt,
)

SUBJECT = "Thank you – Senior Data Engineer interview"
BODY = "Dear Zoë,\n\nThank you for the chat about Airflow & Dagster (50% faster?).\n\nBest regards,\nJosé"


def test_txt_is_subject_blank_line_body():
    assert to_txt(SUBJECT, BODY) == f"Subject: {SUBJECT}\n\n{BODY}\n"


def test_txt_without_subject_is_just_the_body():
    assert to_txt("", BODY) == BODY + "\n"


def test_eml_round_trips_subject_and_unicode_body():
    raw = to_eml(SUBJECT, BODY, to="priya@example.com")
    msg = message_from_bytes(raw, policy=default)
    assert msg["Subject"] == SUBJECT
    assert msg["To"] == "priya@example.com"
    assert msg["X-Unsent"] == "1" and msg["Date"]
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content().replace("\r\n", "\n").strip() == BODY
    assert b"\r\n" in raw  # RFC 5322 line ends


def test_eml_subject_with_line_breaks_cannot_inject_headers():
    msg = message_from_bytes(to_eml("Hi\r\nBcc: evil@example.com", BODY), policy=default)
    assert msg["Bcc"] is None
    assert msg["Subject"] == "Hi Bcc: evil@example.com"


def test_mailto_percent_encodes_everything_and_uses_crlf():
    link = mailto_link(SUBJECT, BODY, to="priya@example.com")
    assert not link.truncated
    parts = urlsplit(link.url)
    assert parts.scheme == "mailto" and parts.path == "priya@example.com"
    assert " " not in link.url and "\n" not in link.url
    assert link.url.count("&") == 1  # only the one between subject and body
    query = parse_qs(parts.query)
    assert query["subject"] == [SUBJECT]
    assert query["body"] == [BODY.replace("\n", "\r\n")]
    assert "%0D%0A" in link.url and "%26" in link.url and "%3F" in link.url


def test_mailto_without_recipient_still_has_subject_and_body():
    link = mailto_link("Hi", "Body")
    assert link.url == "mailto:?subject=Hi&body=Body"


def test_long_body_is_cut_at_a_word_to_fit_the_cap():
    body = "Dear Priya,\n\n" + " ".join(["wonderful"] * 600) + "\n\nBest,\nSam"
    link = mailto_link(SUBJECT, body)
    assert link.truncated and len(link.url) <= MAILTO_MAX_CHARS
    text = parse_qs(urlsplit(link.url).query)["body"][0]
    assert text.startswith("Dear Priya,") and "did not fit" in text
    kept = text.split("\r\n\r\n[")[0].split()
    assert all(w == "wonderful" for w in kept[2:])  # no half word


@pytest.mark.parametrize("cap", [300, 500, 1000])
def test_cut_never_splits_an_encoded_character(cap):
    body = "Zoë café naïve 東京 " * 200
    link = mailto_link("Été", body, max_chars=cap)
    assert len(link.url) <= cap
    unquote(link.url, errors="strict")  # every %XX sequence is whole UTF-8


def test_one_line_collapses_whitespace():
    assert one_line(" a\r\n b\tc ") == "a b c"


def test_file_names_are_ascii_slugs():
    assert (
        file_name("thank_you", "Zürich Ünïon & Co.", "eml")
        == "follow-up-zurich-union-co-thank-you.eml"
    )
    assert file_name("final", None, ".txt") == "follow-up-final.txt"
    assert slug("<script>alert(1)</script>") == "script-alert-1-script"
