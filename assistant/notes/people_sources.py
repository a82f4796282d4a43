"""People the notes introduce in ways the notes parser does not read: a markdown table of the
panel, a "Scheduled by:" or "Organizer:" line, a bullet that is a person and their job, a pasted
recruiter email ("From: …", the signature), and spoken cues ("the hiring manager was rebecca tan").
"""

from __future__ import annotations

import re

from assistant.notes import wordlists as lexicon
from assistant.notes.called_people import called_people
from assistant.notes.label_people import first_sentence_outside_brackets, job_label, name_then_job
from assistant.notes.lower_people import lower_people
from assistant.notes.maybe_person import MaybePerson
from assistant.notes.name_evidence import (
    NAME_WORD,
    is_given_name,
    name_at,
    name_words,
    people_pattern,
    people_words,
    zipf,
)
from assistant.notes.people_entries import MET, people_in, plain_name
from assistant.text.sentences import BULLET_MARK, line_sentences

_LABEL_LINE = re.compile(
    r"^[ \t>*#|-]*(?:\*\*|__)?(?P<label>[A-Za-z][A-Za-z /&.-]{0,30}?)(?:\*\*|__)?[ \t]*(?:[:=]|[ \t][-–—][ \t]|\|)[ \t]*(?:\*\*|__)?[ \t]*(?P<value>[^\n]*)$",
    re.MULTILINE,
)


def _split_entry(entry: str) -> tuple[str, str | None]:
    """'Dana Ortiz (Head of Product)' / 'Dana Ortiz, Head of Product' / 'Dana – HM' -> name, title."""
    entry = entry.strip(" *_`-•")
    m = re.match(  # "Theodora Vance-Ortiz (goes by Teddy) - office manager" too
        r"([^(,–—|]+?)\s*(?:\(([^)]*)\)(?:\s*[,–—-]\s*.+)?|,\s*(.+)|\s[-–—]\s*(.+))?$", entry
    )
    if not m:
        return entry, None
    title = next((g for g in m.groups()[1:] if g), None)
    if (
        m[3]
        and (inv := re.match(rf"({NAME_WORD})\s*(?:\(([^)]*)\))?\s*$", m[3]))
        and (
            inv[1][:1].isupper()
            and " " not in m[1].strip()
            and not people_pattern("lead").search(inv[1])
            and not people_pattern("recruiter").search(inv[1])
            and inv[1].lower() not in people_words("not_names")
        )
    ):
        return f"{inv[1]} {m[1].strip()}", inv[2]  # "Oyelaran, Adebayo (Senior Accountant)"
    return m[1].strip(), (title.strip(" .") if title else None)


def _entries(value: str) -> list[str]:
    return [
        e
        for e in re.split(
            r"\s*[;/+]\s*(?![^()]*\))|\s*,\s*(?=(?:and\s+)?[A-Z][\w’'-]+\s+[A-Z(])(?![^()]*\))|\s+(?:and|&)\s+(?![^()]*\))|\s*,?\s+(?:plus|along\s+with|as\s+well\s+as)\s+(?![^()]*\))",
            value,
        )
        if e.strip()
    ]


def _rows(text: str) -> list[MaybePerson]:
    """A markdown table of the panel: | Who | Role | Notes |."""
    found: list[MaybePerson] = []
    header: list[str] | None = None
    for line in text.splitlines():
        if not line.lstrip().startswith("|"):
            header = None
            continue
        cells = [c.strip(" *_`") for c in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?|", c) for c in cells):
            continue
        if header is None:
            header = [c.lower() for c in cells]
            continue
        names = [i for i, h in enumerate(header) if h in people_words("name_columns")]
        titles = [i for i, h in enumerate(header) if h in people_words("title_columns")]
        if not names or names[0] >= len(cells):
            continue
        name, title = _split_entry(cells[names[0]])
        if titles and titles[0] < len(cells):
            title = cells[titles[0]] or title
        got = name_at(name, True)
        if got:
            found.append(MaybePerson(got, title, " ".join(cells), panel=True))
    return found


_BULLET_PERSON = re.compile(rf"^\s*{BULLET_MARK}?\s*\**(?P<entry>[^\W\d_][^:\n]{{1,120}}?)\s*$")


def _bullets(text: str) -> list[MaybePerson]:
    """A line that is a person and their job: '- José Álvarez-Núñez, Director of Research',
    '2. LaToya Brooks-Harding, LCSW - Supervisor', '* TANAKA Hiroshi, Head of Language Services',
    'Marty (night ed) + Aiyana (digital mgr)'."""
    found: list[MaybePerson] = []
    role_words = lexicon.words("notes", "headline", "role_words") | people_words("role_nouns")
    for line in text.splitlines():
        m = _BULLET_PERSON.match(line.replace("**", ""))
        if not m:
            continue
        bulleted = bool(re.match(rf"\s*{BULLET_MARK}\s", line))
        if not bulleted and re.search(r"\s[-–—|·]\s", m["entry"].split("(")[0]):
            continue  # "Canva — Senior Product Manager": a headline, not a person
        for entry in people_in(m["entry"]):
            entry = MET.sub("", entry)  # "Saw Mr Julian Harding (director)": the verb is no name
            name, title = _split_entry(entry)
            if title and re.match(r"(?:goes|go|call|prefers|aka|known)\b", title, re.IGNORECASE):
                after = re.search(
                    r"\)\s*[,–—-]\s*(.+)$", entry
                )  # "(goes by Vivian), Design Manager"
                title = after[1] if after else title
            if title:  # "Director (my boss). warm, talks fast": the title ends with its sentence
                title = first_sentence_outside_brackets(title)
            if not title or len(name.split()) > 4:
                continue
            words = {w.strip(".,").lower() for w in re.findall(r"[\w'’-]+", title)}
            if (
                not words & (role_words | people_words("titles"))
                and not people_pattern("lead").search(title)
                and not people_pattern("recruiter").search(title)
                and not people_pattern("junior").search(title)
            ):
                continue  # "Dana (she was lovely)" is not a job
            got = name_at(name, False)  # "Mr Julian Harding" is "Mr. Julian Harding"
            if got and plain_name(got) == plain_name(name):
                found.append(MaybePerson(got, title, entry, panel=True))
    return found


def _labelled(text: str) -> list[MaybePerson]:
    """'Scheduled by: Paula (HR)', 'Organizer: Kenya Williams', 'Required attendees: A; B', and
    two-column tables ('| Set up by | Tonya (HR) |')."""
    found: list[MaybePerson] = []
    # "Principal: Sr. Margarethe (decides) | Band director: Joaquín": one label per segment
    segments = "\n".join(
        part
        for line in text.splitlines()
        for part in (
            re.split(r"\s+\|\s+", line)
            if len(re.findall(r"(?:^|\s\|\s)[^|:=]{1,30}[:=]", line)) > 1
            else [line]
        )
    )
    for m in _LABEL_LINE.finditer(segments):
        label = re.sub(r"\s+", " ", m["label"].strip(" .").lower())
        recruiter = label in people_words("recruiter_labels")
        panel = label in people_words("interviewer_labels")
        by_job = not (recruiter or panel) and job_label(label)
        if not (recruiter or panel or by_job):
            sep = m[0][m.end("label") - m.start() : m.start("value") - m.start()]
            named = (
                name_then_job(m["label"].strip(), m["value"]) if re.search("[:=]", sep) else None
            )
            if named:
                found.append(named)
            continue
        panel = panel or by_job
        value = re.sub(r"\s*\|\s*$", "", m["value"]).strip()
        if by_job:  # "mgr = Gloria Pike (co-owner). she decides.": the name, then prose
            value = (line_sentences(value) or [value])[0].rstrip(".")
        for entry in _entries(value)[:6]:
            name, title = _split_entry(entry)
            name = re.sub(r"^(?:with|and|the)\s+", "", name, flags=re.IGNORECASE)
            rest = re.match(r"(.+?)\s+(?:from|in|at|of)\s+(.+)$", name)
            if rest and not name_at(rest[2], False):
                name, title = rest[1], title or rest[2]
            got = name_at(name, False)
            if not got or len(name_words(got)) > 4 or len(name.split()) > len(got.split()) + 1:
                continue
            if by_job:
                title = title or m["label"].strip()
            found.append(
                MaybePerson(got, title, m[0], recruiter=recruiter and not panel, panel=panel)
            )
    return found


def _mail(text: str) -> list[MaybePerson]:
    """A pasted email: 'From: Name <addr>' and the signature under the sign-off."""
    found: list[MaybePerson] = []
    cue = people_pattern("recruiter")
    for m in re.finditer(
        r"^\W*From:\s*\"?(?P<n>[^<\n\"@]+?)\"?\s*(?:<(?P<a>[^>\s]*)>)?[ \t]*$", text, re.MULTILINE
    ):
        got = name_at(m["n"].strip(), False)
        block = text[m.start() : m.start() + 1500]
        block = re.split(r"\n\s*(?:-{3,}|_{5,}|my notes|notes)\b", block)[0]
        arranged = re.search(
            r"\b(?:confirm\w*|schedul\w*|invit\w*|arrang\w*)\b", block, re.IGNORECASE
        )
        if got and (
            cue.search(block)
            or arranged
            or re.search(r"careers|jobs|talent|recruit|staffing|hr\b", m["a"] or "", re.IGNORECASE)
        ):
            found.append(MaybePerson(got, None, block, recruiter=True))
    for m in re.finditer(
        r"^\W*(?:best|thanks|thank you|cheers|regards|best regards|kind regards|warmly|sincerely)\W*\n"
        r"\s*(?P<n>[^\n]{2,40})\n\s*(?P<t>[^\n]{2,80})",
        text,
        re.MULTILINE | re.IGNORECASE,
    ):
        got = name_at(m["n"].strip(), False)
        if (
            got
            and got.strip() == m["n"].strip()
            and cue.search(m["t"])
            and not re.search(people_pattern("senior").pattern, m["t"], re.IGNORECASE)
        ):
            found.append(MaybePerson(got, m["t"].strip(), m[0], recruiter=True))
    return found


def _spoken(text: str) -> list[MaybePerson]:
    """Prose cues that name someone, lower case too: 'his name is kwame asante', 'the recruiter
    courtney', 'the hiring manager was rebecca tan', 'a guy named hyun-woo park'."""
    found: list[MaybePerson] = []
    intro = re.compile(
        r"\b(?:(?:his|her|their)\s+name\s+(?:is|was)|(?:guy|lady|woman|man|person|someone|somebody|scientist|engineer|nurse|tech|manager|teacher|supervisor|lead|chef|cook|driver|recruiter)\s+(?:named|called))\s+",
        re.IGNORECASE,
    )
    role_is = re.compile(
        r"\b(?:the|my|their|a|an)\s+(?P<t>(?:[\w-]+\s+){0,3}?(?:hiring\s+manager|manager|mgr|director|superintendent|supervisor|owner|founder|lead|engineer|recruiter|coordinator|chef|principal|foreman|partner|editor|nurse|scientist|pharmacist|teller|analyst|architect|technician|tech))\s+(?:(?:is|was|will\s+be)\s+|,\s*)?(?=[a-zA-Z])",
        re.IGNORECASE,
    )
    for rx in (intro, role_is):
        for m in rx.finditer(text):
            tail = text[m.end() : m.end() + 40]
            got = name_at(tail, True)
            if not got:
                continue
            first = (name_words(got) or [""])[0]
            if not first:
                continue
            strong = rx is intro or got[:1].isupper()
            if not strong and not (is_given_name(first) or zipf(first) < 2.5):
                continue
            common = tail[:1].islower() and zipf(first) >= 3.6 and not is_given_name(first)
            if rx is not intro and (not got[:1].isupper() or common):
                continue
            title = m.groupdict().get("t")
            before = text[max(0, m.start() - 40) : m.end()]
            rec = bool(title and people_pattern("recruiter").search(title)) or bool(
                people_pattern("recruiter_before").search(before)
            )
            found.append(
                MaybePerson(
                    got, title, text[m.start() : m.end() + 80], recruiter=rec, sure=rx is intro
                )
            )
    for m in re.finditer(
        r"(?:(?:^|[.!?]\s+|\b(?:the|a|an|our|their|my|with)\s+|[-•*]\s*)(?:recruiter|coordinator|scheduler)|\bfrom\s+hr|\bhr\s*[-–:]|\bfrom\s+human\s+resources)\s*[,:=-]?\s*",
        text,
        re.IGNORECASE | re.MULTILINE,
    ):
        got = name_at(text[m.end() : m.end() + 40], True)
        if (
            got
            and name_words(got)
            and (got[:1].isupper() and text[m.end()].isupper() or is_given_name(name_words(got)[0]))
        ):
            found.append(
                MaybePerson(got, None, text[max(0, m.start() - 40) : m.end() + 80], recruiter=True)
            )
    return found


def introduced(text: str) -> list[MaybePerson]:
    """Everyone these sources name, in this order: tables, labelled lines, bullets, a pasted
    email, spoken cues, lower-case lines with a job beside a name."""
    return [
        *_rows(text),
        *_labelled(text),
        *_bullets(text),
        *_mail(text),
        *_spoken(text),
        *lower_people(text),
        *called_people(text),
    ]
