"""Whether a name is a person's, on evidence: US Census given and family names, how common the word
is in English, a title, a verb of speech; and the small helpers the people modules share (the
people word lists, a name's words without titles, where a name stands in the notes, a name read
at the start of a piece of text)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from assistant.notes import wordlists as lexicon
from assistant.notes.lexicon import wordset

_PERSON_VERBS = (
    r"said|says|asked|asks|told|tells|mentioned|explained|talked|described|shared|showed|walked|"
    r"gave|seemed|laughed|joked|introduced|interviewed|led|ran|took|wants|wanted|is\s+the|was\s+the|"
    r"will|would|and\s+i|&\s+i|\+\s+i|\(|,\s+(?:the|our|my|a|an|her|his)\s|,\s+\w+\s+(?:manager|director|lead)"
)
NAME_WORD = r"[^\W\d_][\w’'-]*"


@lru_cache(maxsize=1)
def _census() -> tuple[frozenset[str], frozenset[str]]:
    """US Census given names and family names (the `names` package's data files)."""

    def read(name: str) -> frozenset[str]:
        text = resources.files("names").joinpath(name).read_text(encoding="utf-8")
        return frozenset(line.split()[0].lower() for line in text.splitlines() if line.strip())

    first = read("dist.male.first") | read("dist.female.first")
    return first, read("dist.all.last")


def common_word_not_name(word: str) -> bool:
    """An everyday English word that is not also a given name: 'Asked', 'Platform'."""
    return not is_given_name(word) and zipf(word) >= 3.5


def is_given_name(word: str) -> bool:
    return word.lower() in _census()[0]


def is_surname(word: str) -> bool:
    return word.lower() in _census()[1]


@lru_cache(maxsize=4096)
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # lazy: wordfreq takes ~0.4 s to import

    return float(zipf_frequency(word.lower(), "en", wordlist="small"))


def written_title(title: str) -> str:
    """A title as an email writes it: "Dr." and "Mrs." with a full stop; "Miss", "Chef", "Puan"
    and titles longer than four letters without one."""
    bare = title.rstrip(".")
    plain = people_words("plain_titles") | people_words("given_name_titles")
    return bare if len(bare) > 4 or bare.lower() in plain else bare + "."


def people_words(key: str) -> frozenset[str]:
    return lexicon.words("notes", "people", key)


def people_pattern(key: str) -> re.Pattern[str]:
    return lexicon.pattern("notes", "people", key)


def name_words(name: str) -> list[str]:
    """The name's words without titles: 'Rev. Dr. Harold Mensah-Bonsu' -> Harold, Mensah-Bonsu."""
    titles = people_words("titles")
    return [t for t in (w.strip(".,'’()\"") for w in name.split()) if t and t.lower() not in titles]


@lru_cache(maxsize=2048)
def _key_rx(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w’'-]){re.escape(key)}(?![\w’-]|'\w)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def find_key(key: str, text: str) -> tuple[re.Match[str], ...]:
    """Where the key (a name or one of its words) stands as a word in the notes."""
    if len(key) < 2 and not key.isupper():
        return ()
    return tuple(_key_rx(key).finditer(text))


def _typed_lower(word: str, text: str) -> bool:
    """Notes that capitalise names elsewhere but never this one: 'dirty rice', 'dbt'."""
    if not word[:1].isalpha() or not re.search(r"[a-z]\s+[A-Z][a-z]", text):
        return False
    hits = re.findall(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text, re.IGNORECASE)
    return bool(hits) and all(h[:1].islower() for h in hits)


def is_person(name: str, title: str | None, text: str) -> bool:
    """A name with evidence: not a place, format or common word standing alone."""
    tokens = [t.strip(".,'’") for t in name.split() if t.strip(".,'’")]
    if not tokens:
        return False
    titles = people_words("titles")
    core = [t for t in tokens if t.lower().rstrip(".") not in titles]
    if not core:
        return False
    not_names = people_words("not_names")
    not_surnames = people_words("not_surnames") | lexicon.words("notes", "headline", "role_words")
    if all(t.lower() in not_names for t in core) or any(
        t.lower() in not_surnames and not (is_given_name(core[0]) and is_surname(t))
        for t in core[1:]
    ):
        return False
    if any(
        not re.match(r"[^\W\d_]", t)
        or re.search(r"[’'](?:t|ve|ll|re|d|m|T|VE)$|\d", t)
        or re.search(r"[a-z][A-Z]", re.sub(r"^(?:Mc|Mac|De|Da|Di|Du|La|Le|Van|Von)", "", t))
        or re.search(r"[A-Z]{2,}[a-z]", t)  # "HRFlow", "PDFtron": a brand
        for t in core
    ):
        return False  # "I've", "PharmD", "PioneerRx"
    if text and not is_given_name(core[0]) and _typed_lower(core[0], text):
        return False  # "yuzu kosho", "dbt" in notes that capitalise names
    titled = len(tokens) > len(core)
    if len(core) >= 2:
        if not titled and all(zipf(t) >= 4.0 and not is_given_name(t) for t in core):
            return False  # "Caribbean Glass", "Summit Roofing": everyday words, no given name
        last = core[-1]
        if (
            not titled
            and len(last) >= 5
            and last.endswith("s")
            and zipf(last) >= 3.3
            and not is_surname(last)
            and not is_given_name(core[0])
        ):
            return False  # "Brightwater Tiles", "Kestrel Signs": a trade's plural, not a family
        if all(zipf(t) >= 4.6 and t.lower() in not_names for t in core):
            return False
        # "Eastern Time", "Portfolio Review", "Relations Committee": common words, no names
        return titled or not any(
            len(t) > 1
            and t[:1].isupper()
            and t.isalpha()
            and zipf(t) >= 4.2
            and not is_given_name(t)
            and not is_surname(t)
            for t in core
        )
    word = core[0]
    if re.search(rf"\b{re.escape(word)}\s+(?:I{{1,3}}|IV|V)\b(?!\.)", text):
        return False  # "Algebra II", "Keeper II": a subject or a grade, not a person
    if word.lower() in titles:
        return False  # "Professor", "Captain" alone
    if word.lower() in not_names:  # "Virtual", "Denver": only with a title or a verb of speech
        return titled or bool(re.search(rf"\b{re.escape(word)}\s+(?:{_PERSON_VERBS})", text))
    if titled or is_given_name(word):
        return True
    if re.search(r"(?:ed|ing)$", word.lower()) and zipf(word) >= 2.5:
        return False  # "Emailed"
    spoke = re.search(rf"\b{re.escape(word)}\s+(?:{_PERSON_VERBS})", text)
    return (
        zipf(word) < 3.3 or (bool(spoke) and zipf(word) < 4.2) or (bool(title) and zipf(word) < 3.7)
    )


def name_at(s: str, lower_ok: bool) -> str | None:
    """A name at the start of s: 'Rev. Dr. Harold Mensah-Bonsu', 'Trần Thị Mai Anh', 'greg kowalczyk'."""
    titles = people_words("titles")
    stop = people_words("not_names") | people_words("not_nicks")
    out: list[str] = []
    for m in re.finditer(rf"\s*({NAME_WORD}\.?)", s):
        if m.start() != (0 if not out else m.start()):
            break
        tok = m[1]
        bare = tok.rstrip(".")
        low = bare.lower()
        if all(w.rstrip(".").lower() in titles for w in out) and low in titles:
            out.append(tok if tok.endswith(".") else written_title(tok))
            continue
        if s[: m.start()].rstrip().endswith((",", "(", ")", ";", ":")) and out:
            break
        upper = bare[:1].isupper() and not (len(bare) > 2 and bare.isupper())
        if (
            out
            and bare.islower()
            and low in people_words("name_particles")
            and re.match(r"[ \t]+[A-Z][a-z]", s[m.end() :])
        ):
            out.append(bare)  # "Salmah binti Yusof", "Pieter van der Merwe"
            continue
        if (
            out
            and not upper
            and (
                any(w[:1].isupper() for w in re.findall(r"\S+", s[: m.start()])[-1:])
                and s[:1].isupper()
                or re.search(r"(?:ed|ing)$", low)
            )
        ):
            break  # "Tom interviewed me": a capitalised name does not go on in lower case
        if (
            bare.isupper()
            and len(bare) > 1
            and not out
            and re.match(r"[ \t]+[A-Z][a-z]", s[m.end() :])
        ):
            bare, upper = bare.capitalize(), True  # "CHEN Meiling"
            low = bare.lower()
        if (
            low in stop
            or low in people_words("not_surnames")
            or not (upper or (lower_ok and bare.islower()))
        ):
            break
        if not upper and (zipf(bare) >= 4.2 and not is_given_name(bare)):
            break  # "greg said", "anita sat": a word, not the family name
        out.append(bare[:1].upper() + bare[1:] if bare.islower() else bare)
        if len([w for w in out if w.rstrip(".").lower() not in titles]) >= (4 if upper else 2):
            break
        if tok.endswith(".") and len(bare) > 1 or s[m.end() : m.end() + 1] in ",;:()":
            break
        s_next = s[m.end() :]
        if not re.match(rf"[ \t]+{NAME_WORD}", s_next):
            break
    while out and out[-1].rstrip(".").lower() in titles:
        out.pop()
    core = [w for w in out if w.rstrip(".").lower() not in titles]
    return " ".join(out) if core else None


# --- what is no person at all ------------------------------------------------------------------

_CALENDAR = wordset(
    """
    mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat
    saturday sun sunday jan january feb february mar march apr april jun june jul july aug
    august sep sept september oct october nov november dec december
    """
)
_PLACE_BEFORE = re.compile(r"(?:\bat|@|\bin|\bfrom|\bjoin(?:ing)?)\s+(?:the\s+)?$", re.IGNORECASE)


def calendar_word(words: Iterable[str]) -> str | None:
    """'Thurs', 'Wed Jan': a day or a month read as a name."""
    return next(
        (w for w in words if any(p.lower() in _CALENDAR for p in re.split(r"[-–/]", w) if p)),
        None,
    )  # "Tues-Sat" too


def _org_words() -> frozenset[str]:
    return lexicon.words("notes", "headline", "org_words")


def only_a_place(name: str, notes_text: str) -> bool:
    """Every time the notes write `name`, it is a place or part of an organisation's name: after
    "at" / "@" / "in", or inside a run of capitalised words ending in an organisation word."""
    if not name.strip():
        return False
    spots = list(
        re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", notes_text, re.IGNORECASE)
    )
    if not spots:
        return False
    orgs = _org_words()
    for m in spots:
        before = notes_text[max(0, m.start() - 20) : m.start()]
        run = re.match(r"(?:[ \t]+[A-Z][\w'’&.-]*){1,4}", notes_text[m.end() : m.end() + 60])
        org_after = run is not None and any(w.lower() in orgs for w in run.group(0).split())
        if not (_PLACE_BEFORE.search(before) or org_after):
            return False  # at least once it stands as a person might
    return True
