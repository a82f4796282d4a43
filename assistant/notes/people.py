"""Who the candidate met, with evidence: interviewers (the lead first), recruiters, greet names.

The notes parser proposes names; this settles them, and adds the people the notes introduce in
ways the parser does not read: a markdown table of the panel, a "Scheduled by:" or "Organizer:"
line, a pasted recruiter email ("From: …", the signature), and lower-case voice notes ("the hiring
manager was rebecca tan but she said call me becca"). A name is a person only with evidence: a
single common word ("Virtual", "Platform") or a place ("Denver") is not, unless the notes give it
a title or make it speak; a phrase typed in lower case in notes that capitalise names ("yuzu
kosho") is no name. Recruiters and coordinators are met but not greeted as interviewers; the lead
is whoever decides ("hiring manager", "makes the call"), then the would-be boss, then the most
senior title; "goes by", "call me" and "prefers" are honoured; titles are kept ("Dr. Okafor"); a
family-name-first name is greeted in full. Word lists live in assistant/notes/wordlists/notes.toml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.core.domain import Interviewer
from assistant.notes import wordlists as lexicon
from assistant.text.sentences import BULLET_MARK

_PERSON_VERBS = (
    r"said|says|asked|asks|told|tells|mentioned|explained|talked|described|shared|showed|walked|"
    r"gave|seemed|laughed|joked|introduced|interviewed|led|ran|took|wants|wanted|is\s+the|was\s+the|"
    r"will|would|and\s+i|&\s+i|\+\s+i|\(|,\s+(?:the|our|my|a|an|her|his)\s|,\s+\w+\s+(?:manager|director|lead)"
)
_INTERVIEWED = r"asked\s+(?:me|about|how|if|what|why|whether)|interviewed\s+me|grilled|quizzed|did\s+the\s+(?:interview|questions|technical)"
_NAME_WORD = r"[^\W\d_][\w’'-]*"
_LABEL_LINE = re.compile(
    r"^[ \t>*#|-]*(?:\*\*|__)?(?P<label>[A-Za-z][A-Za-z /&.-]{0,30}?)(?:\*\*|__)?\s*(?:[:=]|\s[-–—]\s|\|)\s*(?:\*\*|__)?[ \t]*(?P<value>[^\n]*)$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Cast:
    interviewers: tuple[Interviewer, ...]
    coordinators: tuple[Interviewer, ...]


@dataclass
class _Cand:
    name: str
    title: str | None = None
    about: str = ""  # what a table row or a labelled line says about them
    recruiter: bool = False  # introduced as the recruiter / scheduler
    panel: bool = False  # introduced as an interviewer
    nick: str | None = None
    sure: bool = False  # named by a strong cue: "his name is manny", a table row, a label
    aliases: set[str] = field(default_factory=set)


# --- word evidence -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _census() -> tuple[frozenset[str], frozenset[str]]:
    """US Census given names and family names (the `names` package's data files)."""
    from importlib import resources

    def read(name: str) -> frozenset[str]:
        text = resources.files("names").joinpath(name).read_text(encoding="utf-8")
        return frozenset(line.split()[0].lower() for line in text.splitlines() if line.strip())

    first = read("dist.male.first") | read("dist.female.first")
    return first, read("dist.all.last")


def common_word_not_name(word: str) -> bool:
    """An everyday English word that is not also a given name: 'Asked', 'Platform'."""
    return not is_given_name(word) and _zipf(word) >= 3.5


def is_given_name(word: str) -> bool:
    return word.lower() in _census()[0]


def _is_surname(word: str) -> bool:
    return word.lower() in _census()[1]


@lru_cache(maxsize=4096)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.lower(), "en", wordlist="small"))


def _words(key: str) -> frozenset[str]:
    return lexicon.words("notes", "people", key)


def _pat(key: str) -> re.Pattern[str]:
    return lexicon.pattern("notes", "people", key)


def _core(name: str) -> list[str]:
    """The name's words without titles: 'Rev. Dr. Harold Mensah-Bonsu' -> Harold, Mensah-Bonsu."""
    titles = _words("titles")
    return [t for t in (w.strip(".,'’()\"") for w in name.split()) if t and t.lower() not in titles]


@lru_cache(maxsize=2048)
def _key_rx(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w’'-]){re.escape(key)}(?![\w’-]|'\w)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _find(key: str, text: str) -> tuple[re.Match[str], ...]:
    """Where the key (a name or one of its words) stands as a word in the notes."""
    if len(key) < 2 and not key.isupper():
        return ()
    return tuple(_key_rx(key).finditer(text))


def _near(name: str, text: str, span: int = 45) -> str:
    """The words right around the name: a title in parentheses, an appositive."""
    bits = []
    for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        bits.append(text[max(line_start, m.start() - span) : min(line_end, m.end() + span)])
    return " \n ".join(bits)


def _before(name: str, text: str, span: int = 28) -> str:
    """The words just before the name on its line: 'recruiter screen w/ Taylor'."""
    bits = []
    for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        bits.append(text[max(line_start, m.start() - span) : m.start()])
    return " \n ".join(bits)


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
    titles = _words("titles")
    core = [t for t in tokens if t.lower().rstrip(".") not in titles]
    if not core:
        return False
    not_names = _words("not_names")
    not_surnames = _words("not_surnames") | lexicon.words("notes", "headline", "role_words")
    if all(t.lower() in not_names for t in core) or any(
        t.lower() in not_surnames and not (is_given_name(core[0]) and _is_surname(t))
        for t in core[1:]
    ):
        return False
    if any(
        not re.match(r"[^\W\d_]", t)
        or re.search(r"[’'](?:t|ve|ll|re|d|m|T|VE)$|\d", t)
        or re.search(r"[a-z][A-Z]", t.replace("Mc", "mc").replace("Mac", "mac"))
        for t in core
    ):
        return False  # "I've", "PharmD", "PioneerRx"
    if text and not is_given_name(core[0]) and _typed_lower(core[0], text):
        return False  # "yuzu kosho", "dbt" in notes that capitalise names
    titled = len(tokens) > len(core)
    if len(core) >= 2:
        if all(_zipf(t) >= 4.6 and t.lower() in not_names for t in core):
            return False
        # "Eastern Time", "Portfolio Review", "Relations Committee": common words, no names
        return titled or not any(
            len(t) > 1
            and t[:1].isupper()
            and t.isalpha()
            and _zipf(t) >= 4.2
            and not is_given_name(t)
            and not _is_surname(t)
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
    if re.search(r"(?:ed|ing)$", word.lower()) and _zipf(word) >= 2.5:
        return False  # "Emailed"
    spoke = re.search(rf"\b{re.escape(word)}\s+(?:{_PERSON_VERBS})", text)
    return (
        _zipf(word) < 3.3
        or (bool(spoke) and _zipf(word) < 4.2)
        or (bool(title) and _zipf(word) < 3.7)
    )


# --- names from the text -------------------------------------------------------------------------


def _name_at(s: str, lower_ok: bool) -> str | None:
    """A name at the start of s: 'Rev. Dr. Harold Mensah-Bonsu', 'Trần Thị Mai Anh', 'greg kowalczyk'."""
    titles = _words("titles")
    stop = _words("not_names") | _words("not_nicks")
    out: list[str] = []
    for m in re.finditer(rf"\s*({_NAME_WORD}\.?)", s):
        if m.start() != (0 if not out else m.start()):
            break
        tok = m[1]
        bare = tok.rstrip(".")
        low = bare.lower()
        if all(w.rstrip(".").lower() in titles for w in out) and low in titles:
            out.append(tok if tok.endswith(".") or len(bare) > 4 else tok + ".")
            continue
        if s[: m.start()].rstrip().endswith((",", "(", ")", ";", ":")) and out:
            break
        upper = bare[:1].isupper() and not (len(bare) > 2 and bare.isupper())
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
            or low in _words("not_surnames")
            or not (upper or (lower_ok and bare.islower()))
        ):
            break
        if not upper and (_zipf(bare) >= 4.2 and not is_given_name(bare)):
            break  # "greg said", "anita sat": a word, not the family name
        out.append(bare[:1].upper() + bare[1:] if bare.islower() else bare)
        if len([w for w in out if w.rstrip(".").lower() not in titles]) >= (4 if upper else 2):
            break
        if tok.endswith(".") and len(bare) > 1 or s[m.end() : m.end() + 1] in ",;:()":
            break
        s_next = s[m.end() :]
        if not re.match(rf"[ \t]+{_NAME_WORD}", s_next):
            break
    while out and out[-1].rstrip(".").lower() in titles:
        out.pop()
    core = [w for w in out if w.rstrip(".").lower() not in titles]
    return " ".join(out) if core else None


def _split_entry(entry: str) -> tuple[str, str | None]:
    """'Dana Ortiz (Head of Product)' / 'Dana Ortiz, Head of Product' / 'Dana – HM' -> name, title."""
    entry = entry.strip(" *_`-•")
    m = re.match(r"([^(,–—|]+?)\s*(?:\(([^)]*)\)|,\s*(.+)|\s[-–—]\s*(.+))?$", entry)
    if not m:
        return entry, None
    title = next((g for g in m.groups()[1:] if g), None)
    if (
        m[3]
        and (inv := re.match(rf"({_NAME_WORD})\s*(?:\(([^)]*)\))?\s*$", m[3]))
        and (
            inv[1][:1].isupper()
            and " " not in m[1].strip()
            and not _pat("lead").search(inv[1])
            and not _pat("recruiter").search(inv[1])
            and inv[1].lower() not in _words("not_names")
        )
    ):
        return f"{inv[1]} {m[1].strip()}", inv[2]  # "Oyelaran, Adebayo (Senior Accountant)"
    return m[1].strip(), (title.strip(" .") if title else None)


def _entries(value: str) -> list[str]:
    return [
        e
        for e in re.split(
            r"\s*[;/+]\s*(?![^()]*\))|\s*,\s*(?=(?:and\s+)?[A-Z][\w’'-]+\s+[A-Z(])(?![^()]*\))|\s+(?:and|&)\s+(?![^()]*\))",
            value,
        )
        if e.strip()
    ]


def _rows(text: str) -> list[_Cand]:
    """A markdown table of the panel: | Who | Role | Notes |."""
    found: list[_Cand] = []
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
        names = [i for i, h in enumerate(header) if h in _words("name_columns")]
        titles = [i for i, h in enumerate(header) if h in _words("title_columns")]
        if not names or names[0] >= len(cells):
            continue
        name, title = _split_entry(cells[names[0]])
        if titles and titles[0] < len(cells):
            title = cells[titles[0]] or title
        got = _name_at(name, True)
        if got:
            found.append(_Cand(got, title, " ".join(cells), panel=True))
    return found


_BULLET_PERSON = re.compile(rf"^\s*{BULLET_MARK}?\s*\**(?P<entry>[^\W\d_][^:\n]{{1,120}}?)\s*$")


def _bullets(text: str) -> list[_Cand]:
    """A line that is a person and their job: '- José Álvarez-Núñez, Director of Research',
    '2. LaToya Brooks-Harding, LCSW - Supervisor', '* TANAKA Hiroshi, Head of Language Services',
    'Marty (night ed) + Aiyana (digital mgr)'."""
    found: list[_Cand] = []
    role_words = lexicon.words("notes", "headline", "role_words") | _words("role_nouns")
    for line in text.splitlines():
        m = _BULLET_PERSON.match(line.replace("**", ""))
        if not m:
            continue
        bulleted = bool(re.match(rf"\s*{BULLET_MARK}\s", line))
        if not bulleted and re.search(r"\s[-–—|·]\s", m["entry"].split("(")[0]):
            continue  # "Canva — Senior Product Manager": a headline, not a person
        for entry in re.split(r"\s+[+&]\s+|\s+and\s+(?=[A-Z])", m["entry"]):
            name, title = _split_entry(entry)
            if title and re.match(r"(?:goes|go|call|prefers|aka|known)\b", title, re.IGNORECASE):
                after = re.search(
                    r"\)\s*[,–—-]\s*(.+)$", entry
                )  # "(goes by Vivian), Design Manager"
                title = after[1] if after else title
            if not title or len(name.split()) > 4:
                continue
            words = {w.strip(".,").lower() for w in re.findall(r"[\w'’-]+", title)}
            if (
                not words & (role_words | _words("titles"))
                and not _pat("lead").search(title)
                and not _pat("recruiter").search(title)
                and not _pat("junior").search(title)
            ):
                continue  # "Dana (she was lovely)" is not a job
            got = _name_at(name, False)
            if got and got.lower() == " ".join(name.split()).lower():
                found.append(_Cand(got, title, entry, panel=True))
    return found


def _labelled(text: str) -> list[_Cand]:
    """'Scheduled by: Paula (HR)', 'Organizer: Kenya Williams', 'Required attendees: A; B', and
    two-column tables ('| Set up by | Tonya (HR) |')."""
    found: list[_Cand] = []
    for m in _LABEL_LINE.finditer(text):
        label = re.sub(r"\s+", " ", m["label"].strip(" .").lower())
        recruiter = label in _words("recruiter_labels")
        panel = label in _words("interviewer_labels")
        if not (recruiter or panel):
            continue
        value = re.sub(r"\s*\|\s*$", "", m["value"]).strip()
        for entry in _entries(value)[:6]:
            name, title = _split_entry(entry)
            name = re.sub(r"^(?:with|and|the)\s+", "", name, flags=re.IGNORECASE)
            rest = re.match(r"(.+?)\s+(?:from|in|at|of)\s+(.+)$", name)
            if rest and not _name_at(rest[2], False):
                name, title = rest[1], title or rest[2]
            got = _name_at(name, False)
            if not got or len(_core(got)) > 4 or len(name.split()) > len(got.split()) + 1:
                continue
            found.append(_Cand(got, title, m[0], recruiter=recruiter and not panel, panel=panel))
    return found


def _mail(text: str) -> list[_Cand]:
    """A pasted email: 'From: Name <addr>' and the signature under the sign-off."""
    found: list[_Cand] = []
    cue = _pat("recruiter")
    for m in re.finditer(
        r"^\W*From:\s*\"?(?P<n>[^<\n\"@]+?)\"?\s*(?:<(?P<a>[^>\s]*)>)?[ \t]*$", text, re.MULTILINE
    ):
        got = _name_at(m["n"].strip(), False)
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
            found.append(_Cand(got, None, block, recruiter=True))
    for m in re.finditer(
        r"^\W*(?:best|thanks|thank you|cheers|regards|best regards|kind regards|warmly|sincerely)\W*\n"
        r"\s*(?P<n>[^\n]{2,40})\n\s*(?P<t>[^\n]{2,80})",
        text,
        re.MULTILINE | re.IGNORECASE,
    ):
        got = _name_at(m["n"].strip(), False)
        if (
            got
            and got.strip() == m["n"].strip()
            and cue.search(m["t"])
            and not re.search(_pat("senior").pattern, m["t"], re.IGNORECASE)
        ):
            found.append(_Cand(got, m["t"].strip(), m[0], recruiter=True))
    return found


def _spoken(text: str) -> list[_Cand]:
    """Prose cues that name someone, lower case too: 'his name is kwame asante', 'the recruiter
    courtney', 'the hiring manager was rebecca tan', 'a guy named hyun-woo park'."""
    found: list[_Cand] = []
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
            got = _name_at(tail, True)
            if not got:
                continue
            first = (_core(got) or [""])[0]
            if not first:
                continue
            strong = rx is intro or got[:1].isupper()
            if not strong and not (is_given_name(first) or _zipf(first) < 2.5):
                continue
            common = tail[:1].islower() and _zipf(first) >= 3.6 and not is_given_name(first)
            if rx is not intro and (not got[:1].isupper() or common):
                continue
            title = m.groupdict().get("t")
            before = text[max(0, m.start() - 40) : m.end()]
            rec = bool(title and _pat("recruiter").search(title)) or bool(
                _pat("recruiter_before").search(before)
            )
            found.append(
                _Cand(got, title, text[m.start() : m.end() + 80], recruiter=rec, sure=rx is intro)
            )
    for m in re.finditer(
        r"(?:(?:^|[.!?]\s+|\b(?:the|a|an|our|their|my|with)\s+|[-•*]\s*)(?:recruiter|coordinator|scheduler)|\bfrom\s+hr|\bhr\s*[-–:]|\bfrom\s+human\s+resources)\s*[,:=-]?\s*",
        text,
        re.IGNORECASE | re.MULTILINE,
    ):
        got = _name_at(text[m.end() : m.end() + 40], True)
        if (
            got
            and _core(got)
            and (got[:1].isupper() and text[m.end()].isupper() or is_given_name(_core(got)[0]))
        ):
            found.append(
                _Cand(got, None, text[max(0, m.start() - 40) : m.end() + 80], recruiter=True)
            )
    return found


# --- the cast ------------------------------------------------------------------------------------


def goes_by(name: str, title: str | None, text: str, others: Sequence[str] = ()) -> str | None:
    """The name the notes say this person goes by, if any: 'call me Becca', '"Dr. Farah is fine"'."""
    cue = _pat("nick_cue")
    titles = _words("titles")
    first = (_core(name) or [name])[0]
    for m in re.finditer(
        rf"\b{re.escape(first)}\s+[\"“”‘'](?P<q>[^\W\d_][\w’'-]{{1,20}})[\"“”’']", text
    ):
        return m["q"]  # Daniel "Danny" Oyelaran
    spots: list[tuple[str, int]] = [(title or "", 999)]
    keys = [k for k in dict.fromkeys([name, *_core(name)]) if len(k) > 1]
    for key in keys:
        for m in _find(key, text):
            tail = text[m.end() : m.end() + 120]
            tail = re.split(
                r"\n|;|(?<![A-Z][a-z])(?<![A-Z][a-z]{2})\.\s|\b(?:and\s+(?:then|also)|then|and\s+the|and\s+a)\b",
                tail,
            )[0]
            stop = [o.start() for k in others for o in _find(k, tail)]
            spots.append((tail, min(stop, default=len(tail))))
    for where, stop_at in spots:
        for m in cue.finditer(where):
            if m.start() > stop_at:
                break  # a cue past the next person is theirs
            rest = where[m.end() :]
            quoted = re.match(r"[\"“”‘'](?P<q>[^\"“”’'\n]{1,30})[\"“”’']", rest)
            got = quoted["q"].strip() if quoted else None
            if not got:
                parts = re.match(rf"{_NAME_WORD}\.?(?:\s+{_NAME_WORD}){{0,2}}", rest)
                if not parts:
                    continue
                words = parts[0].split()
                if words[0].rstrip(".").lower() in titles:
                    words = words[:1] + [w for w in words[1:3] if w[:1].isupper()][:2]
                    words = words[:2] if len(words) == 3 and not words[2][:1].isupper() else words
                else:
                    words = words[:1]
                got = " ".join(words)
            nick = _nick_ok(got, name, text)
            if nick:
                return nick
    for key in keys:  # '"Aroha is fine"', 'Dr. Farah is fine'
        for m in re.finditer(r"[\"“](?P<q>[^\"”\n]{1,30})\s+is\s+fine[\"”]", text):
            last = max((k.end() for k in _find(key, text) if k.end() <= m.start()), default=-999)
            if m.start() - 80 < last and (nick := _nick_ok(m["q"], name, text)):
                return nick
    return None


def _nick_ok(got: str, name: str, text: str) -> str | None:
    titles = _words("titles")
    words = got.split()
    if not words or len(words) > 3:
        return None
    head = words[-1].strip(".,")
    if head.lower() in _words("not_nicks") | _words("not_names") - {"k"} and not (len(words) > 1):
        return None
    if head.lower() in _words("not_nicks"):
        return None
    if not head[:1].isupper():
        if len(head) == 1 or _zipf(head) < 3.5 or is_given_name(head):
            words = [w[:1].upper() + w[1:] for w in words]
        else:
            return None
    if (
        len(words) > 1
        and words[0].rstrip(".").lower() in titles
        and not words[0].endswith(".")
        and len(words[0]) <= 4
    ):
        words[0] += "."
    if len(words) == 1 and words[0].rstrip(".").lower() in titles:
        return f"{words[0]} {_core(name)[-1]}" if _core(name) else None  # 'goes by Professor'
    nick = " ".join(words)
    return nick if nick.lower() != name.lower() else None


def _ranks() -> tuple[str, ...]:
    """Ranks a job title can carry ("Battalion Chief"), then titles people are addressed by."""
    people = lexicon.load("notes")["people"]
    return (*people["ranks"], *people["address_titles"])


def _addressed_as(name: str, text: str) -> str | None:
    """'Chief Okafor' when the notes write the family name after a rank or title."""
    words = [w for w in name.split() if w.rstrip(".") not in _ranks()]
    if len(words) < 2 or re.match(r"(?:Dr|Prof|Professor)\.?\s", name):
        return None
    family = words[-1]
    ranks = "|".join(_ranks())
    m = re.search(rf"\b({ranks})\.?\s+{re.escape(family)}\b", text)
    if not m:
        return None
    rank = {
        "Capt": "Captain",
        "Sgt": "Sergeant",
        "Lt": "Lieutenant",
        "Rev": "Reverend",
        "Prof": "Professor",
    }.get(m[1], m[1])
    return f"Dr. {family}" if rank == "Dr" else f"{rank} {family}"


def bare_family_name(greet: str) -> bool:
    """A greeting that would be a bare family name: one word, a census surname, not a given name."""
    words = greet.split()
    return len(words) == 1 and not is_given_name(words[0]) and _is_surname(words[0])


def _rank_title(name: str, title: str | None) -> str | None:
    """'Battalion Chief' Raymond Okafor -> 'Chief Okafor'; a rank is how such people are greeted."""
    words = re.findall(r"[A-Za-z]+", title or "")
    in_titles = lexicon.load("notes")["people"]["ranks"]
    rank = next((w for w in reversed(words) if w.capitalize() in in_titles), None)
    core = _core(name)
    if not rank or not core:
        return None
    rank = {"Capt": "Captain", "Sgt": "Sergeant", "Lt": "Lieutenant"}.get(
        rank.capitalize(), rank.capitalize()
    )
    return f"{rank} {core[-1]}"


def greet_name(name: str, nick: str | None) -> str:
    """'Dr. Okafor', 'Vivian', 'Zhang Wei', or the first name."""
    if nick:
        return nick
    tokens = name.split()
    if not tokens:
        return name
    titles = {t.lower(): t for t in lexicon.load("notes")["people"]["titles"]}
    heads = [t for t in tokens[:-1] if t.rstrip(".").lower() in titles]
    if heads and len(tokens) > len(heads):
        # "Rev. Dr. Harold …" greets by the title nearest the name: "Dr. Mensah-Bonsu"
        head = heads[-1].rstrip(".")
        shown = titles[head.lower()]
        if len(shown) <= 4 and shown.lower() not in ("dean", "chef"):
            shown = shown + "."
        return f"{shown} {tokens[-1]}"
    family = {w.lower() for w in lexicon.load("notes")["people"]["family_first"]}
    if (
        len(tokens) >= 2
        and tokens[0].lower() in family
        and not re.search(r"[a-z]-[a-z]", tokens[-1])
    ):
        return name
    return tokens[0][:1].upper() + tokens[0][1:]


def _same(a: _Cand, b: _Cand) -> bool:
    ka = {w.lower() for w in _core(a.name)} | {n.lower() for n in a.aliases}
    kb = {w.lower() for w in _core(b.name)} | {n.lower() for n in b.aliases}
    if not ka or not kb:
        return False
    ca, cb = [w.lower() for w in _core(a.name)], [w.lower() for w in _core(b.name)]
    return set(ca) <= kb or set(cb) <= ka


def _merge(into: _Cand, other: _Cand) -> None:
    if len(_core(other.name)) > len(_core(into.name)) or (
        len(_core(other.name)) == len(_core(into.name)) and len(other.name) > len(into.name)
    ):
        into.name = other.name
    into.title = into.title or other.title
    into.about = f"{into.about} {other.about}".strip()
    into.recruiter |= other.recruiter
    into.panel |= other.panel
    into.nick = into.nick or other.nick
    into.aliases |= other.aliases


def _windows(c: _Cand, others: list[_Cand], text: str) -> tuple[str, str]:
    """What follows each mention of c (up to the next person), and what just precedes it."""
    keys = [k for k in dict.fromkeys([c.name, *_core(c.name), *(c.aliases)]) if k]
    other_keys = [
        k for o in others if o is not c for k in {*_core(o.name), *o.aliases} if len(k) > 1
    ]
    stops = sorted({m.start() for k in other_keys for m in _find(k, text)})
    after, before = [], []
    for key in keys:
        for m in _find(key, text):
            end = min([s for s in stops if s > m.end()] + [m.end() + 90])
            line_end = text.find("\n", m.end())
            end = min(end, line_end if line_end >= 0 else len(text))
            after.append(text[m.end() : end])
            sentence = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start())) + 2
            start = max(
                [s for s in stops if s < m.start()]
                + [m.start() - 45, text.rfind("\n", 0, m.start()) + 1, sentence]
            )
            before.append(text[start : m.start()])
    return " \n ".join(after), "\n".join(before)


@lru_cache(maxsize=8)
def _cue_before(key: str) -> re.Pattern[str]:
    """The cue right before a name: 'the hiring manager was rebecca', 'HM: Kavya'."""
    link = r"[\s,:=()-]*(?:(?:is|was|will\s+be|would\s+be|=|-)\s+)?(?:the\s+)?[\s,:=(-]*(?:\S+\s+){0,3}$"
    return re.compile(rf"(?:{_pat(key).pattern}){link}", re.IGNORECASE | re.MULTILINE)


def _stated_title(c: _Cand, text: str) -> str:
    """'Luis = store director', 'Ray = owner': a title given with an equals sign or a colon."""
    keys = [k for k in dict.fromkeys([c.name, *_core(c.name), *c.aliases]) if len(k) > 1]
    found = []
    for key in keys:
        for m in re.finditer(
            rf"(?<![\w]){re.escape(key)}\s*(?:=|:|—|–|\s-\s)\s*(?P<t>[^,;.\n()]{{2,40}})", text
        ):
            found.append(m["t"])
    return " ".join(found)


def _rank(c: _Cand, others: list[_Cand], text: str) -> int:
    """0 decides, 1 the would-be boss, 2 a senior title, 3 anyone, 4 a junior or observer."""
    after, before = _windows(c, others, text)
    own = f"{c.title or ''} {c.about}"

    def cued(key: str) -> bool:
        rx = _pat(key)
        return bool(rx.search(own) or rx.search(after) or _cue_before(key).search(before))

    if cued("decides"):
        return 0
    if cued("boss"):
        return 1
    lead, junior = _pat("lead"), _pat("junior")
    if junior.search(c.title or "") and not lead.search(c.title or ""):
        return 7
    stated = f"{c.title or ''} {_stated_title(c, text)}"
    if _pat("top").search(stated):
        return 2  # an owner or director outranks a manager
    if _pat("senior").search(stated):
        return 3  # a manager outranks a shift lead
    if lead.search(stated) or lead.search(_near(c.name, text, 25)):
        return 4
    return 6


def settle(people: Sequence[Interviewer], text: str) -> Cast:
    """Interviewers (lead first) and coordinators, from the parser's candidate names and the
    tables, labelled lines, emails and spoken cues of the notes."""
    cands: list[_Cand] = []
    for p in people:
        if is_person(p.name, p.title, text):
            cands.append(_Cand(p.name, p.title))
    for extra in (*_rows(text), *_labelled(text), *_bullets(text), *_mail(text), *_spoken(text)):
        first = (_core(extra.name) or [""])[0].lower()
        if (
            first
            and is_person(extra.name, extra.title, text)
            or (extra.sure and _zipf(first) < 4.2 and first not in _words("not_names"))
        ):
            cands.append(extra)
    merged: list[_Cand] = []
    for c in cands:
        others = [
            k
            for o in cands
            if o is not c
            for k in _core(o.name)
            if len(k) > 2 and k not in _core(c.name)
        ]
        c.nick = goes_by(c.name, c.title, text, others)
        if c.nick:
            c.aliases |= {c.nick, *_core(c.nick)}
        same = next((m for m in merged if _same(m, c)), None)
        if same:
            _merge(same, c)
        else:
            merged.append(c)
    recruiter = _pat("recruiter")
    senior = _pat("senior")
    interviewers: list[tuple[int, int, Interviewer]] = []
    coordinators: list[Interviewer] = []
    for order, c in enumerate(merged):
        title = _clean_title(c.title)
        greet = greet_name(c.name, c.nick)
        if not c.nick and (said := _addressed_as(c.name, text) or _rank_title(c.name, c.title)):
            greet = said  # the notes call them "Chief Okafor", "Captain Brandt": so does the email
        first = re.escape(_core(c.name)[0]) if _core(c.name) else re.escape(c.name)
        interviewed = re.search(
            rf"\b(?:{first}|{re.escape(greet)})\s+(?:{_INTERVIEWED})", text, re.IGNORECASE
        )
        titled_rec = bool(recruiter.search(c.title or "")) and not senior.search(c.title or "")
        cued = bool(recruiter.search(_before(c.name, text))) and not _pat("lead").search(
            c.title or ""
        )
        if (c.recruiter or titled_rec or (cued and not c.panel)) and not interviewed:
            coordinators.append(Interviewer(c.name, title, greet, "recruiter"))
            continue
        interviewers.append((_rank(c, merged, text), order, Interviewer(c.name, title, greet)))
    if not interviewers and coordinators:  # a recruiter's screen: the recruiter interviewed
        interviewers = [
            (1, i, Interviewer(c.name, c.title, c.greet)) for i, c in enumerate(coordinators)
        ]
        coordinators = []
    interviewers.sort(key=lambda x: (x[0], x[1]))
    out = tuple(
        Interviewer(p.name, p.title, p.greet, "lead" if i == 0 else "other")
        for i, (_, _, p) in enumerate(interviewers)
    )
    return Cast(out, tuple(coordinators))


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = re.split(
        r"\s*[-–—,;]\s*(?:goes|go|call|prefers|aka|known)\b", title, flags=re.IGNORECASE
    )[0]
    return title.strip(" ,;-") or None
