"""Role and employer as the notes state them: in the headline ("Org - role", "Subject: Interview -
Role, Org") or in a prose sentence ("for the solar installer position with sunridge solar")."""

from __future__ import annotations

import re
from functools import partial

from assistant.notes import wordlists as lexicon
from assistant.notes.heading_pair import TRAINING, first_sentence
from assistant.notes.name_evidence import is_given_name
from assistant.notes.org import junk_company
from assistant.notes.role_titles import (
    FOR_THE_ROLE,
    role_abbreviations,
    role_nouns,
    title_case,
    title_role,
)

_HEAD_NOISE = re.compile(
    r"^\W*(?:subject|re|fwd?)\s*:\s*|^\W*#+\s*|\b(?:interview|intvw|interviewed|int|phone\s+screen|"
    r"onsite|on-site|final\s+round|\d(?:st|nd|rd|th)\s+round|round\s+\d|notes?|confirmation|"
    r"invitation|invite|debrief|recap)\b",
    re.IGNORECASE,
)


def _expand_role(piece: str) -> str:
    words = []
    for w in piece.split():
        core = w.strip(".,")
        words.append(
            role_abbreviations().get(core.lower(), w)
            if core.islower()
            or core.lower() in ("asst", "mgr", "acct", "tech", "svc", "coord", "sr", "jr")
            else w
        )
    return " ".join(words)


_NOT_ORG = re.compile(
    r"\b(?:interview|round|call|screen|notes?|re|fwd?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"sept|oct|nov|dec|time|am|pm|onsite|on-site|remote|hybrid|video|phone|zoom|teams|panel|"
    r"confirmed|confirmation|invitation|forwarded|message|original|subject|review|board|"
    r"presentation|assessment|exercise|test|chat|meeting|shadow|trial|observation|demo|visit|"
    r"tour|walkthrough|debrief|format|location|date|webex|meet|entrevue|entretien|entrevista)\b|\b\d+(?:[:/.]\d+)*\b|[:*]",
    re.IGNORECASE,
)


def headline(text: str) -> tuple[str | None, str | None]:
    """(role, organisation) from the first lines or a pasted subject, when they name them."""
    lines = [ln for ln in (text or "").splitlines() if ln.strip()][:6]
    subject = [
        ln
        for ln in (text or "").splitlines()[:15]
        if re.match(r"\s*subject\s*:", ln, re.IGNORECASE)
    ]
    role = org = None
    role_piece = ""
    roles = role_nouns()
    for line in [*subject, *[ln for ln in lines[:3] if not re.match(r"\s*(?:—|--|-\s|–)", ln)]]:
        line = re.sub(r"^\s*[=*#~]{2,}\s*|\s*[=*#~]{2,}\s*$", "", line)  # "== Ops Supervisor … =="
        role_here = False
        separated = len(re.findall(r"\s[-–—|·•]\s", line)) >= 1
        probe = re.sub(r"\b[a-z]{2,7}\.\s+(?=[a-z])", "", line)  # "transp. dept": shorthand
        first = first_sentence(probe)
        if (
            separated
            and first != probe
            and len(first.split()) <= 14
            and re.search(r"\s[-–—|]\s", first)
        ):
            line = probe = first  # "Role interview – Org, branch. Monday 9am": the heading part
        named = re.match(r"\W*(?P<r>[A-Za-z][\w/&'’ -]{1,40}?)\s+(?:interview|intvw)\b", line)
        said = named["r"].split() if named else []
        while said and said[0].lower() in lexicon.words("notes", "headline", "lead_words"):
            said.pop(0)  # "ok notes from the conductor interview"
        job = " ".join(said) if said and _job_words(" ".join(said)) else ""
        if (len(line.split()) > 16 and not separated) or first_sentence(
            probe, r"[A-Za-z]"
        ) != probe:
            role = role or (title_role(job) if job.islower() else job) or None
            continue  # prose, not a headline ("ok notes from the conductor interview um so …")
        body = _HEAD_NOISE.sub(" ", re.sub(r"^\W*[A-Za-z ]{2,20}:\s*(?=\S)", "", line))
        segments = re.split(r"\s[-–—|·•]\s|\s*[|•·]\s*", body)  # whole pieces between strong marks
        pieces = [
            p.strip(" *_-–—:|,()\"'“”‘’")
            for p in re.split(
                r"\s[-–—|/]\s|\s*[|•·]\s*|,\s+|\(|\)|\s+for\s+(?:the\s+|a\s+|an\s+)?", body
            )
        ][:6]
        for piece in pieces:  # "w/ Priya @ stripe": what follows @ names the employer
            at = re.search(
                r"(?:^|\s)(?:@|at)\s+(?P<o>[A-Za-z][\w.'’&-]*(?:\s+[A-Za-z][\w.'’&-]*){0,4})$",
                piece,
            )
            mine = _MINE.search(piece)
            if (
                org is None
                and at
                and not mine
                and not re.search(r"\d", at["o"])
                and not re.match(r"the\s+[a-z]", at["o"])  # "@ the shop", "at the yard": a place
                and at["o"].split()[-1].lower() not in _place_words()  # "the Aberdare hub"
            ):
                found = re.split(r"\s+(?:with|w/|for|on|to|about|in|re)\b|[.,;]", at["o"])[
                    0
                ].strip()
                org = title_case(found) if found.islower() else found
        kept = [
            p
            for p in pieces
            if p
            and ":" not in p  # "(Base: Eastfield Airport)": a labelled aside, not the employer
            and len(p.split()) <= 7
            and not re.search(r"\b\d+(?:[:/.]\d+)*(?:st|nd|rd|th)?\b", p)
            or p
            and re.fullmatch(r"[^\d]*\b[IVX]{1,3}\b[^\d]*", p or "")
        ]
        for piece in kept + kept:  # twice: "Org - role" names the role after the employer
            words = [w.strip(".,'’").lower() for w in piece.split()]
            if re.search(
                r"\d{1,2}[/:.]\d|\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|"
                r"jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\bstore\s*#|\bmin\b|video|zoom",
                piece,
                re.IGNORECASE,
            ):
                continue
            last = words[-1] if words else ""
            if len(words) > 1 and last in ("i", "ii", "iii", "iv", "1", "2", "3"):
                last = words[-2]
            if "@" in piece or re.search(r"\s(?:at|w/|with)\s", f" {piece} "):
                continue
            if role is not None and piece == role_piece:
                continue
            if role is None and (last in roles or set(last.split("/")) & roles or job == piece):
                role_here, role_piece = True, piece
                piece = job if job and job.lower() in piece.lower() else piece  # "ok from the …"
                role = (
                    title_role(_expand_role(piece))
                    if piece.islower()
                    or any(w.strip(".,").lower() in role_abbreviations() for w in piece.split())
                    else piece
                )
                continue
            capital = piece[:1].isupper() and sum(w[:1].isupper() for w in piece.split()) >= max(
                1, len(piece.split()) // 2
            )
            segment = any(  # a whole piece, or what heads it before a comma ("NorthPoint 3PL, Bldg C")
                piece == seg.strip(" *_-–—:|,()\"'“”‘’")
                or piece
                == re.split(r",|\((?!.*" + re.escape(role_piece) + ")", seg)[0].strip(
                    " *_-–—:|()\"'“”‘’"
                )  # "Verdant Home (eco cleaning), 2nd round"; not "Met Priya (clinic manager)"
                and not re.match(
                    r"(?:dept|department|division|office|school)\b(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))",
                    piece,
                    re.IGNORECASE,
                )
                and not is_given_name(seg.split(",")[-1].strip().split(" ")[0])  # "Ferreira, Ana"
                for seg in segments
            )
            if (
                org is None
                and capital
                and role is not None
                and role_here
                and segment
                and len(words) <= 5
                and not any(w in roles for w in words)
                and not _NOT_ORG.search(piece)
                and not is_given_name(piece.split()[0])
            ):
                org = re.sub(r"(?:\s+[a-z][\w.]*)+$", "", piece)  # "… Unified transp. dept"
                continue
            piece = re.sub(r"\s+(?:on|in|off|near)\s+[A-Z].*$", "", piece)  # "… on Mill Rd"
            words = words[: len(piece.split())]
            beside = (  # a ward or a unit beside the job, then its employer; not a venue
                org is not None
                and (role_here or piece == pieces[0])
                and (
                    not set(org.lower().split()) & _org_words() or (org.isupper() and len(org) > 4)
                )
            )
            if (
                (org is None or beside)  # "RN — PEDIATRIC MED-SURG, St. Aloysius Hospital"
                and capital
                and sum(w[:1].isupper() for w in piece.split()) >= min(2, len(words))
                and any(w in _org_words() for w in words)
                and not any(w in roles for w in words)
            ):  # "Northstar Energy customer service", never "Call centre"
                org = re.sub(r"(?:\s+[a-z][\w.]*)+$", "", piece)
    return role, org


_MINE = re.compile(r"\b(?:my|i|i[’']?ve|previous|former|prev|used\s+to)\b|\w+ed\b", re.IGNORECASE)
_org_words = partial(lexicon.words, "notes", "headline", "org_words")
_place_words = partial(lexicon.words, "notes", "headline", "place_words")


def _job_words(phrase: str) -> bool:
    """'Sales Negotiator' before 'interview' names the job; 'Call centre', 'Phone', 'Final round'
    or 'Kasia' do not."""
    words = [w.lower() for w in phrase.split()]
    known = role_nouns() | set(role_abbreviations()) | TRAINING
    return (
        1 <= len(words) <= 4
        and not _NOT_ORG.search(phrase)
        and not any(w in _org_words() for w in words)
        and not is_given_name(phrase.split()[0])
        and (
            sum(w[:1].isupper() for w in phrase.split()) == len(words)
            or phrase.islower()
            and words[-1] in known  # "apprenticeship interview", "asm interview"
        )
    )


_PROSE_ORG = re.compile(
    r"\b(?P<k>position|job|role|opening|spot|posting|interview|interviewed|screen|shift|trial)"
    r"(?:\s+(?:today|yesterday|this\s+(?:morning|afternoon)|\([^)]{0,40}\)))?\s+"
    r"(?P<p>at|@|with|for)\s+(?!(?:the\s+)?(?:position|job|role|opening)\b)"
    r"(?P<o>(?:the\s+)?[\w.'’&-]+(?:\s+[\w.'’&-]+){0,5})",
    re.IGNORECASE,
)
_PROSE_ROLE_BEFORE = re.compile(
    r"(?P<r>(?:[\w'’/&][\w'’/&-]*\s+){0,4}[\w'’/&-]+)\s+(?:position|job|role|opening|spot|interview)\s+"
    r"(?:at|with|@|for)\b",
    re.IGNORECASE,
)


def prose_role_org(text: str) -> tuple[str | None, str | None]:
    """'for the solar installer position with sunridge solar' -> ('Solar Installer', 'Sunridge Solar')."""
    head = (text or "")[:1500]
    role = org = None
    if m := FOR_THE_ROLE.search(head):
        got = m["r"].strip()
        if 1 <= len(got.split()) <= 5 and not re.search(r"\d|\b(?:same|other|new|open)\b$", got):
            role = title_role(got)
    if role is None:
        for m in _PROSE_ROLE_BEFORE.finditer(head):
            words = m["r"].split()
            while words and (
                words[0].lower() in lexicon.words("notes", "headline", "lead_words")
                or re.search(r"\d", words[0])
            ):
                words = words[1:]
            if words and words[-1].lower().strip(".,") in role_nouns() and len(words) <= 5:
                role = title_role(" ".join(words))
                break
    org_words = _org_words()
    lower = not re.search(r"[A-Z]", head.replace("I ", ""))
    for m in _PROSE_ORG.finditer(head):
        if re.search(
            r"\bmy\s+(?:\w+\s+)?$", head[max(0, m.start() - 12) : m.start()], re.IGNORECASE
        ):
            continue  # "my role at Deloitte": where the candidate was
        got = re.split(r"\.\s|[’']s\b|,|;|\(", m["o"])[0]
        got = re.sub(r"^the\s+", "", got.strip(" .,;:"), flags=re.IGNORECASE)
        ws = got.split()
        if lower or got.islower():  # dictated: up to the last organisation word
            cut = max((i for i, w in enumerate(ws) if w.lower() in org_words), default=-1)
            ws = ws[: cut + 1]
        else:  # written: the run of capitalised words ("Lincoln High", "Sunridge Solar")
            run: list[str] = []
            for w in ws:
                if not (w[:1].isupper() or w in ("&", "of", "and") and run):
                    break
                run.append(w)
            ws = run
        got = " ".join(ws).strip(" &")
        words = got.lower().split()
        if (
            not words
            or words[-1] in role_nouns()
            or junk_company(got)
            or (words[0].rstrip(".") in ("mr", "mrs", "ms", "dr", "prof"))
        ):
            continue
        if m["p"].lower() in ("with", "for") and not any(w in org_words for w in words):
            continue  # "interview with Dana": a person, not an employer
        org = title_case(got) if got.islower() else got
        break
    for m in [] if org else _FOR_ROLE_AT.finditer(head):  # "for Teen Services Librarian at X"
        if m["r"].split()[-1].lower().strip(".,") in role_nouns():
            org = re.sub(r"(?:\s+(?:of|and|&|the))+$", "", re.split(r"\.\s", m["o"] + " ")[0])
            role = role or title_role(m["r"])
            break
    return role, org


_FOR_ROLE_AT = re.compile(
    r"\bfor\s+(?:the\s+|a\s+|an\s+)?(?P<r>(?:[\w'’&/-]+\s+){0,4}?[\w'’&/-]+)\s+"
    r"(?:(?:position|job|role|opening)\s+)?(?:at|with)\s+(?:the\s+)?"
    r"(?P<o>[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|and|&|the)){0,6})"
)
