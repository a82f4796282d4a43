"""The details editor's rows put back in order: what moved, what stayed, what was added."""

from __future__ import annotations


def _blank(value: object) -> bool:
    """None, NaN or pandas' NA: an empty table cell."""
    if value is None:
        return True
    try:
        return bool(value != value)  # noqa: PLR0124 - only NaN differs from itself
    except TypeError:  # pandas.NA refuses to be a bool
        return True


def arrange(rows: list[tuple[object, object, object]]) -> list[tuple[str, bool]]:
    """Rows from the details table (text, use, '#') in their new order: a row whose '#' was
    changed moves to that position, the others keep their order, new rows (no '#') go last.
    Rows without text are dropped; a new row's empty 'use' means ticked."""
    staying: list[tuple[str, bool]] = []
    moved: list[tuple[int, int, tuple[str, bool]]] = []
    added: list[tuple[str, bool]] = []
    for i, (text, use, order) in enumerate(rows):
        if not isinstance(text, str) or not text.strip():
            continue
        row = (text, True if _blank(use) else bool(use))
        if _blank(order):
            added.append(row)
        elif int(order) != i + 1:  # type: ignore[call-overload]
            moved.append((int(order), i, row))  # type: ignore[call-overload]
        else:
            staying.append(row)
    result = staying + added
    for order, _, row in sorted(moved):
        result.insert(min(max(order - 1, 0), len(result)), row)
    return result
