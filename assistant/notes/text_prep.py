"""Pasted text made readable for the notes parser: normalised, cut to size, markup out, split into
sentences; and the lines that are no notes (addressed to an AI, pasted data, a forwarded-mail
banner, a salutation, contact details)."""

from __future__ import annotations

import html
import re
import unicodedata

from assistant.notes import wordlists as lexicon
from assistant.notes.lexicon import IGNORE_CASE
from assistant.notes.line_patterns import CONTACT_WORDS, DATA_LINE, FORWARDED, INSTRUCTION
from assistant.notes.private_facts import CONTACT
from assistant.text.sentences import line_sentences


def clean_text(text: str) -> str:
    """NFC-normalise; drop NULs, zero-width and control characters except newlines and tabs."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    drop = ("Cc", "Cf", "Cs")
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) not in drop)
    # a line that opens with emoji ("👩🏾‍💼 Mrs. Abena …", "📌 Next: …") opens with its words
    return re.sub(r"(?m)^[ \t]*(?:[^\w\s(\"'“‘*•·>\-–—#\[|]\s*)+", _keep_indent, text)


def _keep_indent(m: re.Match[str]) -> str:
    return "" if any(unicodedata.category(c) in ("So", "Sk", "Mn") for c in m[0]) else m[0]


def tidy_names(text: str) -> str:
    """Names as the people readers expect them: 'Sgt. (ret.) Dwayne Hollis' -> 'Sgt. Dwayne
    Hollis', 'Rosalind "Roz" Hargrove-Bain' -> 'Rosalind Hargrove-Bain (goes by Roz)'."""
    people = lexicon.load("notes")["people"]
    ranks = "|".join(
        re.escape(t) for t in sorted({*people["ranks"], *people["titles"]}, key=len)[::-1]
    )
    text = re.sub(rf"\b({ranks})\.?\s*\((?:ret(?:ired|\.)?|Mrs|Mr|Ms|Miss|Mdm)\.?\)", r"\1.", text)
    text = re.sub(
        r"\b([A-Z][\w’'-]+)\s+[\"“]([A-Z][\w’'.-]*)[\"”]\s+([A-Z][\w’'-]+)",
        r"\1 \3 (goes by \2)",
        text,
    )
    # "Mr. Venkatesh Iyer sir", "Mrs. Deshpande ma'am": a courtesy after the name is no part of it
    return re.sub(
        r"(?<=[a-z])\s+(?:sir|ma[’']?am|madam|ji)\b(?=\s*[-–—,:;()]|\s*$)",
        "",
        text,
        flags=re.MULTILINE,
    )


_CHAT_LINE = re.compile(  # "[14/08/25, 6:41:12 PM] Priya Nair: …", "12/06/2025, 19:04 - Esi: …"
    r"^[ \t]*\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]?[ \t]*(?:[-–][ \t]*)?(?P<who>[^:\n\d][^:\n]{0,39}?):[ \t]"
    r"(?P<said>.*)$",
    re.MULTILINE,
)


def chat_messages(text: str) -> str:
    """A pasted chat (WhatsApp and the like) as the writer's own messages: the one who wrote the
    most is the candidate; timestamps and names go, and so do the friend's replies ("and
    money?"), which are not notes of the interview."""
    lines = list(_CHAT_LINE.finditer(text))
    if len(lines) < 3:
        return text
    said: dict[str, int] = {}
    for m in lines:
        said[m["who"].strip()] = said.get(m["who"].strip(), 0) + len(m["said"])
    writer = max(said, key=lambda who: said[who])
    out, keep = [], True
    for row in text.split("\n"):
        if said_here := _CHAT_LINE.match(row):
            keep = said_here["who"].strip() == writer
            if keep:
                out.append(said_here["said"])
        elif keep:
            out.append(row)  # a message on more than one line
    return "\n".join(out)


_SPOKEN = re.compile(
    r"\b(?:full\s+stop|period|comma|new\s+line|new\s+paragraph|question\s+mark)\b", IGNORE_CASE
)
# "notice period", "a trial period of": the word, not a spoken full stop
_A_PERIOD = re.compile(
    r"(?:notice|probation(?:ary)?|trial|grace|waiting|cooling[- ]off|settling[- ]in|induction|"
    r"handover|training|lunch|free|study|holiday|busy|quiet|peak|pay|review)\s+period\b"
    r"|\bperiod\s+(?:of|for|in|is|was|'s|’s)\b",
    IGNORE_CASE,
)


def spoken_punctuation(text: str) -> str:
    """Dictation's spoken punctuation as punctuation ("… in Chaguanas period the boss …"), when
    the notes are dictated (three or more of them, one not "period"); a hard-wrapped dictation
    is joined first, since its own "new line" says where a line ends."""
    spoken = [m.group().lower() for m in _SPOKEN.finditer(text) if not _inside(_A_PERIOD, text, m)]
    if len(spoken) < 3 or all(w == "period" for w in spoken):
        return text
    if any(w.startswith("new") for w in spoken):
        text = re.sub(r"[ \t]*\n[ \t]*(?!\n)", " ", text)  # the wrapping, not the blank lines
    mark = {"new paragraph": "\n\n", "new line": "\n", "comma": ", ", "question mark": "? "}
    out, at = [], 0
    for m in _SPOKEN.finditer(text):
        if _inside(_A_PERIOD, text, m):
            continue
        out.append(text[at : m.start()].rstrip(" ,"))
        out.append(mark.get(" ".join(m.group().lower().split()), ". "))
        at = m.end()
        at += len(text[at:]) - len(text[at:].lstrip(" .,"))  # "period." said and typed
    out.append(text[at:])
    said = re.sub(r"[ \t]*\n[ \t]*", "\n", "".join(out))
    return re.sub(r"([.?]\s+)([a-z])", lambda m: m[1] + m[2].upper(), said)


def _inside(pattern: re.Pattern[str], text: str, m: re.Match[str]) -> bool:
    window = text[max(0, m.start() - 25) : m.end() + 8]
    return any(
        w.start() <= m.start() - max(0, m.start() - 25) < w.end() for w in pattern.finditer(window)
    )


def shouted_lines(text: str) -> str:
    """A heading typed in capitals ("RADIOGRAPHER INTERVIEW – AKOMA SPECIALIST HOSPITAL") in the
    case a name is written in, so its employer and job read as names; acronyms stay ("NHS")."""
    acronyms = {a.upper() for a in lexicon.load("notes")["headline"]["acronyms"]}
    small = {"and", "of", "the", "for", "at", "in", "on", "with", "to", "a", "an", "by", "or"}

    def word(w: str, first: bool) -> str:
        core = re.sub(r"[^\w]", "", w)
        if core.lower() in ("dr", "mr", "mrs", "ms", "mx", "st", "jr", "sr", "mdm"):
            return w[:1] + w[1:].lower()  # "DR OKAFOR" is Dr Okafor
        if core.upper() in acronyms or not re.search(r"[AEIOU]", core) or len(core) < 2:
            return w
        if not first and core.lower() in small:
            return w.lower()
        # "O'CONNOR" -> "O'Connor", "OWUSU-ANSAH" -> "Owusu-Ansah", "WOMEN'S" -> "Women's"
        return re.sub(r"(?<![\w’'])[^\W\d_]|(?<=\b[od]['’])[a-z]|(?<=-)[a-z]", _upper, w.lower())

    def line(row: str) -> str:
        letters = re.sub(r"[^A-Za-z]", "", row)
        if len(letters) < 6 or not letters.isupper() or len(row.split()) > 14:
            return row
        if re.match(r"\W*[A-Z][A-Z /&'()-]{0,30}:", row):
            return row  # "INTERVIEWER: SARAH O'CONNOR": a labelled line, read as one
        return " ".join(word(w, i == 0) for i, w in enumerate(row.split(" ")))

    return "\n".join(line(r) for r in text.split("\n"))


def _upper(m: re.Match[str]) -> str:
    return m[0].upper()


def cut(s: str, limit: int) -> str:
    """s cut to at most limit characters, at a space when there is one near the end."""
    if len(s) <= limit:
        return s
    space = s.rfind(" ", limit - 200, limit)
    return s[: space if space > 0 else limit]


def strip_markup(text: str) -> str:
    """HTML tags (and script/style bodies) and template delimiters out; entities decoded."""
    text = re.sub(r"(?is)<(script|style)\b[^>]{0,200}>.{0,5000}?</\1\s*>", " ", text)
    text = re.sub(r"(?i)<\s*(?:br|/p|/li|/div|/h\d|/tr)\s*/?>", "\n", text)
    text = html.unescape(re.sub(r"<[^<>]{0,300}>", " ", text))
    text = re.sub(r"<[^<>]{0,300}>", " ", text)
    return re.sub(r"\{\{|\}\}|\{%|%\}|\{#|#\}|\$\{", " ", text)


def sentences(line: str) -> list[str]:
    """Sentences of a line; 'Dr.', 'St.', 'Inc.' and initials do not end one (assistant.text)."""
    return line_sentences(line)


def dropped(line: str) -> bool:
    """Lines that are no notes: talk to an AI, pasted data, a forwarded-mail banner, contacts."""
    if INSTRUCTION.search(line) or DATA_LINE.search(line) or FORWARDED.match(line):
        return True
    if re.fullmatch(r"(?:dear|hi|hello|hey)(?:\s+[^\s,.!?:]+){1,4}\s*[,!.]?", line, IGNORE_CASE):
        return True  # a salutation: "Dear Canva team,"
    if not re.search(r"[\d@/]|www|linkedin", line, IGNORE_CASE):
        return False
    rest = CONTACT_WORDS.sub("", CONTACT.sub("", line))  # "+44 7700 900123 | linkedin.com/in/x"
    return rest != line and not re.search(r"[^\W\d_]", rest)
