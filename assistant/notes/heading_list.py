"""The employer in a heading's list after its job: "Interview – Optometrist, Clearview Eyecare
(Didsbury branch)", "Dietitian interview, Seri Damai Specialist Hospital, Cheras — Mon 17/2"."""

from __future__ import annotations

import re

from assistant.notes import wordlists
from assistant.notes.name_evidence import is_given_name, zipf
from assistant.notes.role_titles import role_nouns


def listed_employer(text: str, role: str | None) -> str | None:
    """The first capitalised name after the job in the notes' first lines' comma list."""
    if not role:
        return None
    for line in [ln for ln in (text or "").splitlines() if ln.strip()][:3]:
        if re.match(r"\W*[A-Za-z ]{2,20}:", line):
            continue  # "Role: Dental Hygienist, PT Tue/Thu/Fri": a label's value, read as one
        pieces = [p.strip(" =*#()") for p in re.split(r",\s+|\s[-–—|]\s|\(", line)]
        at = next((i for i, p in enumerate(pieces) if role.lower() in p.lower()), None)
        if at is None:
            continue
        for piece in pieces[at + 1 : at + 3]:
            words = piece.split()
            if (
                2 <= len(words) <= 5
                and all(w[:1].isupper() or w in ("&", "of", "and") for w in words)
                and not re.search(r"[\d/]", piece)
                and words[-1].lower() not in role_nouns()  # "Specialist Hospital" is a place
                and not is_given_name(words[0])
                and not piece.isupper()
                and (  # a name: an organisation's word, or a word no dictionary has ("Clearview")
                    any(
                        w.lower() in wordlists.words("notes", "headline", "org_words")
                        for w in words
                    )
                    or min(zipf(w) for w in words if w[:1].isupper()) < 3.5
                )
            ):
                return piece
    return None
