"""A line of people split into one entry per person, and how an entry's name is compared:
'Marty (night ed) + Aiyana (digital mgr)', 'Saw Mr Julian Harding (director)'."""

from __future__ import annotations

import re


def people_in(entry: str) -> list[str]:
    """'Marty (night ed) + Aiyana (digital mgr)': one entry per person; an '&' inside a title
    ('Siobhán Ní Bhriain, Front of House & Box Office Manager') joins no one."""
    parts = re.split(r"(\s+[+&]\s+|\s+and\s+(?=[A-Z]))", entry)
    out = [parts[0]]
    for joint, part in zip(parts[1::2], parts[2::2]):
        if re.search(r",|\s[-–—]\s", out[-1]) and not re.search(r"\)\s*$", out[-1]):
            out[-1] += joint + part  # still the title of the person before
        else:
            out.append(part)
    return out


def plain_name(name: str) -> str:
    """A name compared without the full stop of its honorific ('Mr Julian Harding')."""
    return " ".join(re.sub(r"\b(mr|mrs|ms|mx|dr)\.", r"\1", name.lower()).split())


MET = re.compile(
    r"^\s*(?:saw|met(?:\s+with)?|spoke\s+(?:to|with)|talked\s+(?:to|with)|chatted\s+(?:to|with)"
    r"|sat\s+(?:down\s+)?with|interviewed\s+(?:with|by))\s+(?=[A-Z])",
    re.IGNORECASE,
)
