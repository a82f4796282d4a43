"""Panel mode on the Draft page: each interviewer's thank-you as a card to show."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.core.domain import Report
from assistant.drafting import exports
from assistant.drafting.panel import Panel


@dataclass(frozen=True)
class PanelCard:
    """One interviewer's thank-you, its score, and whose notes it nearly copies."""

    name: str
    text: str
    subject: str
    body: str
    report: Report
    copies: tuple[str, ...]
    file_name: str

    @property
    def caption(self) -> str:
        failing = len(self.report.failing())
        verdict = "ready to send" if self.report.passed else f"{failing} to fix"
        return f"Score {self.report.score}/100 · {verdict}"


def panel_cards(panel: Panel, company: str | None = None) -> list[PanelCard]:
    """The panel's drafts in order, each naming the others it is a near-copy of."""
    names = [d.interviewer.name for d in panel.drafts]
    copies: dict[int, list[str]] = {i: [] for i in range(len(names))}
    for pair in panel.near_copies:
        copies[pair.first].append(names[pair.second])
        copies[pair.second].append(names[pair.first])
    cards = []
    for i, d in enumerate(panel.drafts):
        base = exports.file_name("thank_you", company, "txt").removesuffix(".txt")
        person = exports.slug(d.interviewer.name) or f"{i + 1}"
        cards.append(
            PanelCard(
                d.interviewer.name,
                exports.to_txt(d.draft.subject, d.draft.body),
                d.draft.subject,
                d.draft.body,
                d.report,
                tuple(copies[i]),
                f"{base}-{person}.txt",
            )
        )
    return cards
