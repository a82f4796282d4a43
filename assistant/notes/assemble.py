"""The notes parser's findings settled into `Notes`: the decision's timeline and date, the company
and role (labelled, headline, prose, fallback), the cast of people, and the details ranked."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from assistant.core.domain import Interviewer, Notes
from assistant.notes import evidence, talking_points, wordlists
from assistant.notes import lexicon as lex
from assistant.notes.dates import timeline_date
from assistant.notes.draft_details import draft_details
from assistant.notes.employer import (
    employer_in_phrases,
    no_employer,
    said_company,
    tidy_employer,
)
from assistant.notes.employer_check import implausible_employer, trim_employer
from assistant.notes.found import Found, Person
from assistant.notes.future_dates import future_phrase
from assistant.notes.heading_list import listed_employer
from assistant.notes.heading_pair import heading_pair
from assistant.notes.headline import headline, prose_role_org
from assistant.notes.lexicon import IGNORE_CASE
from assistant.notes.line_patterns import TIMELINE
from assistant.notes.name_evidence import is_given_name
from assistant.notes.org import (
    cased_headline_employer,
    fallback_company,
    fallback_role,
    headline_employer,
    headline_piece_role,
    junk_company,
    labelled_company,
)
from assistant.notes.people import Cast, settle
from assistant.notes.redact import untold
from assistant.notes.role_titles import expand_role, role_nouns
from assistant.notes.timeline_cues import decides, nth_day, stated_timeline
from assistant.text.sayable import a_deadline


def assemble_notes(
    text: str, work: str, found: Found, private_lines: tuple[str, ...] = (), whole: str = ""
) -> Notes:
    """Resolve the timeline, settle company and people, rank the details."""
    base, near = found.interview_date or found.today, found.interview_date is None
    timeline, decision = found.timeline, None
    got = _decision_phrase(timeline, base, near) if timeline else None
    if timeline and not got and timeline_date(timeline, base, near):
        # "Next: drug screen Thurs, start on the 3rd": deadlines; "… test next Tues, decision by
        # Thanksgiving": the clause that is no deadline says when they decide
        rest = [c for c in re.split(r"\s*[,;]\s*", timeline) if c and not a_deadline(c, 0, len(c))]
        timeline = ", ".join(rest) if rest and TIMELINE.search(", ".join(rest)) else None
    if timeline and not got and not TIMELINE.search(timeline):  # "Next: second stage with the MD"
        timeline = stated_timeline(work, tuple(p.lower() for p in private_lines)) or timeline
    if timeline:
        decision = got[1] if got else None
        if len(timeline.split()) > lex.MAX_DETAIL_WORDS and got:
            timeline = got[0]
    else:
        for sent in found.timelines:
            short = len(sent.split()) <= 6 and re.match(
                r"(?:(?:will|should|expect\w*(?:\s+to)?)\s+)?(?:decision|decide|hear|offer)",
                sent,
                IGNORE_CASE,
            )
            if got := _decision_phrase(sent, base, near):
                timeline, decision = (sent.strip(" .!") if short else got[0]), got[1]
                break
            if short and timeline is None:
                timeline = sent.strip(" .!")  # "Decision before winter break": stated, no date
    if timeline is None:  # "decision by end of next wk", "I'd hear in the next couple of weeks"
        timeline = stated_timeline(work, tuple(p.lower() for p in private_lines))
    first = (found.candidate or "").split()[:1]
    if found.signed and any(p.name.split()[:1] == first != [p.name] for p in found.people):
        found.candidate = None  # "Thanks, Sarah" after meeting Sarah Chen thanks her
    people = [p for p in found.people if not found.candidate or p.name != found.candidate]
    sure = any(not p.weak for p in people)
    for p in [p for p in people if p.weak == 2 or (p.weak and not found.company)]:
        who = "|".join(re.escape(n) for n in dict.fromkeys([p.name, p.name.split()[0]]))
        spoken = re.search(  # "Hemi opened with a mihi": someone who speaks is a person
            rf"\b(?:{who})\s+(?:said|asked|mentioned|explained|told|talked|described"
            rf"|shared|seemed|was|is|opened|started|led|ran|introduced|welcomed|showed|took|gave"
            rf"|wanted|liked|loved|laughed|nodded|joined|greeted|grilled|quizzed|pushed)\b"
            + ("" if sure or p.weak == 2 else r"|\b(?:he|she|him|her|his|hers)\b"),
            work,
            IGNORE_CASE,
        )
        if not spoken:  # "Interview with Google for SWE role": a company, not a person
            found.add_company(2 if p.weak == 1 else 3, p.name)
            people.remove(p)
    # a company named only in passing prose ("studied at Vanderbilt", "the shop out past the
    # rail yard") is not trusted: a wrong employer in an email is worse than none
    trusted = {r: c for r, c in found.company.items() if r <= 4}
    company = trusted[min(trusted)] if trusted else None
    role = found.role[min(found.role)] if found.role else None

    def named(p: Person) -> bool:  # the company, or a word of the role: "Engineer, Payments"
        in_role = re.search(rf"\b{re.escape(p.name)}\b", role or "", IGNORE_CASE)
        return p.name.lower() == (company or "").lower() or bool(in_role)

    people = [p for p in people if not named(p)]
    taken = {p.name.lower() for p in people} | {(company or "").lower(), (role or "").lower()}
    ranked: list[str] = []
    for _, _, d in sorted(found.details, key=lambda x: (-x[0], x[1])):
        low = d.lower()
        if low not in taken and not any(low in r.lower() or r.lower() in low for r in ranked):
            ranked.append(d)
    cast = settle([Interviewer(p.name, p.title) for p in people], work, whole or work)
    names = [p.name for p in (*cast.interviewers, *cast.coordinators)]
    names += [p.greet for p in cast.interviewers if p.greet]
    points, more_private = talking_points.read(work, names)
    private_lines = tuple(dict.fromkeys((*private_lines, *more_private)))
    points = talking_points.draftable(points) + tuple(p for p in points if p.kind == "logistics")
    head_role, head_org = headline(work)
    said_role, said_org = prose_role_org(work)
    head_role, head_org = head_role or said_role, head_org or said_org
    pair_role, pair_org = heading_pair(work) if not (head_role and head_org) else (None, None)
    if pair_org and ", " in pair_org:
        pair_org = pair_org.split(", ")[0]  # "Akoma Specialist Hospital, East Legon": then where
    head_org = head_org or pair_org or listed_employer(work, head_role)  # "Role – Org"
    if head_org and not is_given_name(head_org.split()[0]):
        # "Marketing Coordinator – Verdant Home": the employer, not a person ("Linda Park" is one)
        cast = _without(
            cast,
            lambda p: (
                p.name.lower() == head_org.lower()
                and (
                    bool(re.search(r"\b(?:interview|intvw|int)\b", p.title or "", IGNORE_CASE))
                    or not any(
                        w.lower().strip(".,") in role_nouns() for w in (p.title or "").split()
                    )
                )  # "Corvid Bakeries - supervisor interview": the heading, not a person's job
            ),
        )  # "Bogdan Petrescu, Branch Manager" is a person with a job
    labelled = labelled_company(work)
    for better in (labelled,):
        if better and company and company.lower() in better.lower() and len(better) > len(company):
            company = better  # "St. Brendan's" -> "St. Brendan's Regional Medical Center"
    if not labelled and (labelled := said_company(work)):
        company = labelled  # "co is Straits Orient Shipmanagement": as good as a label
    if head_org and not (
        company and (company.lower() in head_org.lower() or head_org.lower() in company.lower())
    ):
        # the headline names the employer; a prose guess ranks below it, a "Company:" line above
        company = labelled if labelled and labelled.lower() == (company or "").lower() else head_org
    if not labelled and (cased := cased_headline_employer(work)):
        company = (
            cased  # "sunridge solar — install tech I" heads the notes; "@ the yard" is a place
        )
    job = {r: r.split()[-1].lower().strip(".,") in role_nouns() for r in (role, head_role) if r}
    if head_role and (  # "a permanent cellar role" in passing is no job title: the headline's is
        not role
        or len(head_role) > len(role)
        and role.lower() in head_role.lower()
        or 0 not in found.role
        and job[head_role]
        and not job[role]
        and f"({head_role}" not in work  # "Anna Kowalski (Talent Partner)" is who, not the job
    ):
        role = head_role  # a role the notes state in passing gives way to the headline's fuller one
    role = pair_role or role  # the first line's job beats one read from prose ("12 hr shifts")
    if (said := found.role.get(0)) and role and role.lower() in said.lower() != role.lower():
        role = said  # "Role | Diagnostic Radiographer" says more than the heading's "Radiographer"
    if role:  # "apprentice thing": the job, not the shrug after it
        role = re.sub(r"\s+(?:thing|stuff|gig|type\s+thing)$", "", role, flags=IGNORE_CASE) or role
    role = expand_role(role) if role else role
    if company and (junk_company(company) or (role and company.lower() == role.lower())):
        company = None  # "Prev Job": where the candidate was, not where they interviewed
    company = company or fallback_company(work)
    if company:  # "Pierce" of "Pierce Valley EMS" is the employer's name, not a person
        org_words = set(company.lower().split())
        cast = _without(cast, lambda p: set(p.name.lower().split()) < org_words and not p.title)
    people_names = {
        n.lower() for p in (*cast.interviewers, *cast.coordinators) for n in (p.name, p.greet or "")
    } | {(found.candidate or "").lower()}
    if company and (company.lower() in people_names or no_employer(company, people_names)):
        company = None  # "— Lee Park" signs the notes; "Hi Imani" greets; neither is an employer
    head_employer = headline_employer(work)
    named_as_business = bool(head_employer) and (head_employer or " ").split()[0].lower() in (
        wordlists.words("notes", "headline", "org_heads")
    )  # "Osteria Nonna Lu - line cook"
    if head_employer and (
        not company or company.lower() in head_employer.lower() or named_as_business
    ):
        company = (
            head_employer  # "Episcopal" of "St. Bartholomew's Episcopal - Parish Administrator"
        )
    head_words = set(head_employer.lower().split()) if head_employer else set()
    if head_employer and any(set(n.split()) <= head_words for n in people_names if n):
        # "Osteria Nonna Lu - line cook", "St. Agnes' Lutheran - Office Manager": the piece beside
        # the job is the employer, not a person
        cast = _without(cast, lambda p: set(p.name.lower().split()) <= head_words)
        company = head_employer
    company = company or employer_in_phrases(work, people_names)
    company = tidy_employer(company) if company else company
    titles = {(p.title or "").lower() for p in (*cast.interviewers, *cast.coordinators)} - {""}
    titles |= {expand_role(t).lower() for t in titles}  # "ops mgr" is "Operations Manager"
    not_roles = wordlists.words("notes", "headline", "not_roles") | titles
    # "Operations Manager" is who interviewed; "Next" is a label, not the job
    role = role if role and role.lower() not in not_roles else None
    role = role or fallback_role(work)
    role = role if role and role.lower() not in not_roles else headline_piece_role(work)
    role = expand_role(role).rstrip(" .,;:") if role else role  # "Senior iOS Engineer." ends a line
    heads = wordlists.words("notes", "headline", "not_role_heads")
    if role and role.split()[-1].lower() in heads:
        role = None  # "the angry guy" played in a role-play is no job
    if role and (role.lower() in titles or not role[:1].isalnum()):
        role = None  # "Medical Director" is who interviewed; "= Owner" is a fragment
    company = trim_employer(tidy_employer(company)) if company else company
    if company and company.lower() in (
        wordlists.words("notes", "headline", "departments")
        | wordlists.words("notes", "headline", "platforms")
    ):
        company = None  # "Priya @ HR booked it": a department, never the employer
    if company and company != labelled and implausible_employer(company, role, work):
        alt = fallback_company(work)  # "St" of "@ st. brigid's" is "St. Brigid's"
        ok = alt and alt != company and not implausible_employer(alt, role, work)
        company = alt if ok else None  # "your team" reads better than "Teller" or "The Shop"
    return Notes(
        text=text,
        interviewers=untold(cast.interviewers, private_lines),
        company=company,
        role=role,
        candidate=_without_title(found.candidate),
        interview_date=found.interview_date,
        decision_timeline=timeline,
        decision_date=decision,
        details=draft_details(points, ranked, private_lines)[: lex.MAX_DETAILS],
        talking_points=points,
        private_lines=private_lines,
        coordinators=untold(cast.coordinators, private_lines),
        unsure=evidence.unsure(work, company, role, [p.name for p in cast.interviewers]),
        decides=decides(timeline, work),
    )


def _without_title(name: str | None) -> str | None:
    """'Dr. Amira Haddad' signs as 'Amira Haddad': a title is for the letterhead, not a sign-off."""
    if not name:
        return name
    return re.sub(r"^(?:dr|prof|mr|mrs|ms|mx)\.?\s+(?=\S+\s+\S)", "", name, flags=re.IGNORECASE)


def _decision_phrase(value: str, base: date, near: bool) -> tuple[str, date | None] | None:
    """The first time phrase of the value that is no deadline of the candidate's: in 'background
    packet due by the 18th, offer within two weeks' it is 'within two weeks'."""
    if nth := nth_day(value):  # "the last Sunday of the month": as said, no date
        return nth, None
    at, found = 0, []
    while got := future_phrase(value[at:], base, near):
        where = value.find(got[0], at)
        if where < 0:
            return got
        end = where + len(got[0])
        if not a_deadline(value, where, end):
            if week := re.match(r"\s+week\b", value[end:], IGNORE_CASE):
                # "by Friday week" (a week on Friday): as said, a week later
                got = (
                    value[where : end + week.end()],
                    got[1] + timedelta(days=7) if got[1] else None,
                )
            elif other := re.match(
                r"\s+or\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", value[end:], IGNORE_CASE
            ):
                got = (value[where : end + other.end()], got[1])  # "Monday or Tuesday"
            found.append((where, got))
        at = end
    cues = [
        m.start()
        for m in re.finditer(r"\bdecid|\bdecision|\bhear\b|\blet\s+\w+\s+know", value, IGNORE_CASE)
    ]
    if len(found) > 1 and cues and len(value.split()) > 25:
        # dictated notes run the day into one sentence: the time nearest "decide" is the decision's
        return min(found, key=lambda f: min(abs(f[0] - c) for c in cues))[1]
    return found[0][1] if found else None


def _without(cast: Cast, drop: Callable[[Interviewer], bool]) -> Cast:
    """The cast without the interviewers `drop` names; the first left leads if the lead went."""
    kept = tuple(p for p in cast.interviewers if not drop(p))
    if kept == cast.interviewers:
        return cast
    if cast.interviewers[0] in kept:
        return replace(cast, interviewers=kept)
    return replace(
        cast,
        interviewers=tuple(
            replace(p, role="lead" if i == 0 else "other") for i, p in enumerate(kept)
        ),
    )
