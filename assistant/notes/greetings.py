"""How a person is greeted: the name the notes say they go by ("call me Becca", '"Dr. Farah is
fine"'), a rank or title the notes use ("Chief Okafor"), a title kept ("Dr. Okafor"), a
family-name-first name in full, else the first name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.notes import wordlists as lexicon
from assistant.notes.name_evidence import (
    NAME_WORD,
    find_key,
    is_given_name,
    is_surname,
    name_words,
    people_pattern,
    people_words,
    written_title,
    zipf,
)


def goes_by(name: str, title: str | None, text: str, others: Sequence[str] = ()) -> str | None:
    """The name the notes say this person goes by, if any: 'call me Becca', '"Dr. Farah is fine"'."""
    cue = people_pattern("nick_cue")
    titles = people_words("titles")
    first = (name_words(name) or [name])[0]
    for m in re.finditer(
        rf"\b{re.escape(first)}\s+[\"“”‘'](?P<q>[^\W\d_][\w’'-]{{1,20}})[\"“”’']", text
    ):
        return m["q"]  # Daniel "Danny" Oyelaran
    if len(words := name.split()) >= 2 and (  # "Met Tash (Natasha Ferreira)": the name used
        used := re.search(rf"\b(?P<n>[A-Z][a-z]{{1,12}})\s*\(\s*{re.escape(name)}\s*\)", text)
    ):
        return used["n"] if used["n"] != words[0] else None
    spots: list[tuple[str, int]] = [(title or "", 999)]
    first_nick: str | None = None
    keys = [k for k in dict.fromkeys([name, *name_words(name)]) if len(k) > 1]
    for key in keys:
        for m in find_key(key, text):
            line = text[m.end() : m.end() + 160].split("\n")[0]
            said = re.split(
                r";|(?<![A-Z][a-z])(?<![A-Z][a-z]{2})\.\s|\b(?:and\s+(?:then|also)|then|and\s+the|and\s+a)\b",
                line,
            )
            tail = said[0][:120]
            if len(said) > 1 and re.search(  # "– Vice Principal. Students call him …"
                r"\bcalls?\s+(?:him|her|them)\b|\b(?:he|she)\s+goes\s+by\b", said[1]
            ):
                tail = f"{tail}. {said[1]}"
            stop = [o.start() for k in others for o in find_key(k, tail)]
            spots.append((tail, min(stop, default=len(tail))))
    for where, stop_at in spots:
        for m in cue.finditer(where):
            if m.start() > stop_at:
                break  # a cue past the next person is theirs
            rest = where[m.end() :]
            quoted = re.match(r"[\"“”‘'](?P<q>[^\"“”’'\n]{1,30})[\"“”’']", rest)
            got = quoted["q"].strip() if quoted else None
            caps = re.match(r"(?:[A-Z]\.\s?){2,3}|[A-Z]{2,3}\b(?![’'])", rest)
            if not got and caps:
                got = caps[0].replace(" ", "")  # "goes by T.J.", "call him AJ"
            if not got:
                parts = re.match(rf"{NAME_WORD}\.?(?:\s+{NAME_WORD}){{0,2}}", rest)
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
            asked = re.search(  # "students call him Mr. F, he told me just call him Dez"
                r"(?:told\s+(?:me|us)|said|asked\s+(?:me|us)\s+to|just|please)\W*(?:to\s+)?$",
                where[max(0, m.start() - 25) : m.start()],
                re.IGNORECASE,
            )
            if nick and asked:
                return nick
            first_nick = first_nick or nick
    if first_nick:
        return first_nick
    for key in keys:  # '"Aroha is fine"', 'Dr. Farah is fine'
        for m in re.finditer(r"[\"“](?P<q>[^\"”\n]{1,30})\s+is\s+fine[\"”]", text):
            last = max((k.end() for k in find_key(key, text) if k.end() <= m.start()), default=-999)
            if m.start() - 80 < last and (nick := _nick_ok(m["q"], name, text)):
                return nick
    return None


def _nick_ok(got: str, name: str, text: str) -> str | None:
    titles = people_words("titles")
    words = got.split()
    if not words or len(words) > 3:
        return None
    head = words[-1].strip(".,")
    if head.lower() in people_words("not_nicks") | people_words("not_names") - {"k"} and not (
        len(words) > 1
    ):
        return None
    if head.lower() in people_words("not_nicks"):
        return None
    if not head[:1].isupper():
        if len(head) == 1 or zipf(head) < 3.5 or is_given_name(head):
            words = [w[:1].upper() + w[1:] for w in words]
        else:
            return None
    if len(words) > 1 and words[0].rstrip(".").lower() in titles:
        words[0] = written_title(words[0])
    if len(words) == 1 and words[0].rstrip(".").lower() in titles:
        return (
            f"{words[0]} {name_words(name)[-1]}" if name_words(name) else None
        )  # 'goes by Professor'
    if (
        len(words) == 2
        and words[0].rstrip(".").lower() in titles
        and len(words[1].rstrip(".")) == 1
    ):
        return None  # "everyone calls her Dr. H.": said in the shop, not written in an email
    if len(words) == 1 and not re.fullmatch(r"(?:[A-Z]\.){2,3}", words[0]):
        words = [words[0].rstrip(".,")]  # "goes by Dec." ends a sentence: no part of the name
    nick = " ".join(words)
    return nick if nick.lower() != name.lower() else None


def _ranks() -> tuple[str, ...]:
    """Ranks a job title can carry ("Battalion Chief"), then titles people are addressed by."""
    people = lexicon.load("notes")["people"]
    return (*people["ranks"], *people["address_titles"])


def addressed_as(name: str, text: str) -> str | None:
    """'Chief Okafor' when the notes write the family name after a rank or title."""
    words = [w for w in name.split() if w.rstrip(".") not in _ranks()]
    if len(words) < 2 or re.match(r"(?:Dr|Prof|Professor)\.?\s", name):
        return None
    bare = [w for w in words if w.rstrip(".") not in ("Mr", "Mrs", "Ms", "Mx", "Miss", "Mdm")]
    said = "|".join(lexicon.load("notes")["people"]["first_name_titles"])
    named = re.findall(rf"\b({said})\s+{re.escape(bare[0])}\b", text)
    every = re.findall(rf"\b{re.escape(bare[0])}\b", text)
    if len(named) >= 2 and len(named) == len(every):
        return f"{named[0]} {bare[0]}"  # "Chef Rizal tasted the sambal": how the kitchen says it
    if len(bare) >= 3 and (  # "Ms Tan Mei Ling", and "Ms Tan said …": the family name leads
        hon := re.search(
            rf"\b(Mr|Mrs|Ms|Mx|Miss|Mdm|Ir)\.?\s+{re.escape(bare[0])}\b(?!\s+{re.escape(bare[1])})",
            text,
        )
    ):
        return f"{hon[1]}. {bare[0]}" if hon[1] not in ("Miss", "Mdm") else f"{hon[1]} {bare[0]}"
    family = words[-1]
    ranks = "|".join(_ranks())
    m = re.search(rf"\b({ranks})\.?\s+{re.escape(family)}\b", text)
    titles = "|".join(lexicon.load("notes")["people"]["titles"])
    m = m or re.search(  # "Chef Lucien Moreau … everyone just calls him Chef"
        rf"\b({titles})\.?\s+{re.escape(words[0])}\s+{re.escape(family)}\b"
        rf"(?=.*\bcalls?\s+(?:him|her|them)\s+\1\b)",
        text,
        re.DOTALL,
    )
    if not m and (
        hon := re.search(
            rf"\b(Mr|Mrs|Ms|Mx|Miss|Engr)\.?\s+(?:{re.escape(words[0])}\s+)?{re.escape(family)}\b",
            text,
        )
    ):
        # "Mr. Bill Cheney", never plain "Bill" elsewhere: the notes keep it formal, so does the email
        alone = re.findall(
            rf"(?<![\w.])(?<!Mr\s)(?<!Mr\.\s){re.escape(words[0])}\b(?!\s+{re.escape(family)})",
            text,
        )
        if not alone:
            return f"{hon[1]}. {family}" if hon[1] != "Miss" else f"Miss {family}"
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
    return len(words) == 1 and not is_given_name(words[0]) and is_surname(words[0])


def rank_title(name: str, title: str | None) -> str | None:
    """'Battalion Chief' Raymond Okafor -> 'Chief Okafor'; a rank is how such people are greeted."""
    in_titles = lexicon.load("notes")["people"]["ranks"]
    pieces = [re.findall(r"[A-Za-z]+", p) for p in re.split(r"[,;(/]", title or "")]
    words = next((p for p in pieces if any(w.capitalize() in in_titles for w in p)), [])
    at = next(
        (i for i in range(len(words) - 1, -1, -1) if words[i].capitalize() in in_titles), None
    )
    rank = words[at] if at is not None else None
    after = {w.lower() for w in words[at + 1 :]} if at is not None else set()
    if at is not None and (
        (at and words[at - 1].lower() == "in")
        or after & lexicon.words("notes", "people", "role_nouns")
        or after - {"of", "police", "fire", "officer", "staff", "petty"}  # "Chief Geologist"
    ):
        rank = None  # "ed in chief", "Chief Dispatcher", "Chief Financial Officer": a job, no rank
    core = name_words(name)
    if not rank or not core:
        return None
    rank = {
        "Capt": "Captain",
        "Sgt": "Sergeant",
        "Lt": "Lieutenant",
        "Maj": "Major",
        "Col": "Colonel",
        "Cmdr": "Commander",
    }.get(rank.capitalize(), rank.capitalize())
    return f"{rank} {core[-1]}"


def _family_first() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.load("notes")["people"]["family_first"])


def _family_first_titled() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.load("notes")["people"]["family_first_titled"])


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
        given_first = {t.lower() for t in lexicon.load("notes")["people"]["given_name_titles"]}
        rest = tokens[len(heads) :]
        if shown.lower() in given_first:
            return f"{shown} {rest[0]}"  # "Puan Norhayati binti Abdullah" is Puan Norhayati
        shown = written_title(shown)
        # "Dr. Nguyen Thi Lan": the family name comes first, so it is the one a title goes with
        family_name = (
            rest[0]
            if len(rest) >= 2
            and rest[0].lower() in _family_first()
            or len(rest) >= 3
            and rest[0].lower() in _family_first_titled()
            else None
        )
        return f"{shown} {family_name or tokens[-1]}"
    if len(tokens) >= 2 and tokens[0].lower() in _family_first():
        return name  # "Zhang Wei", "Park Ji-yeon": the whole name, never a bare family name
    if len(tokens) == 3 and tokens[0].lower() in _family_first_titled():
        return " ".join(tokens[1:])  # "Tan Wei Ling": the given name, never a bare "Tan"
    return tokens[0][:1].upper() + tokens[0][1:]


def by_first_name(name: str, greet: str) -> str | None:
    """The given name of someone greeted with a title ('Dr. Halvorsen' of 'Dr. Ingrid Halvorsen'),
    for a greeting to several that would otherwise mix 'Dr. Halvorsen and Callum'; None when the
    greeting is already a first name or the given name is not known for sure."""
    head = greet.split()[0].rstrip(".").lower() if greet.split() else ""
    if head not in ("mr", "mrs", "ms", "miss", "mx"):
        return None  # a professional title is kept ("Dr. Okafor and Vivian"): it is earned
    titles = {t.lower() for t in lexicon.load("notes")["people"]["titles"]}
    core = [w for w in name.split() if w.rstrip(".").lower() not in titles]
    if len(core) < 2 or core[0].lower() in _family_first() | _family_first_titled():
        return None  # "Mr. Okafor" alone, "Ms. Tan Mei Ling": no given name to use
    return core[0] if core[0][:1].isupper() and len(core[0].rstrip(".")) > 1 else None


def by_title(greet: str) -> bool:
    """A greeting that starts with a title or honorific: 'Dr. Okafor', 'Captain Brandt'."""
    titles = {t.lower() for t in lexicon.load("notes")["people"]["titles"]}
    titles |= {t.lower() for t in _ranks()}
    return bool(greet.split()) and greet.split()[0].rstrip(".").lower() in titles
