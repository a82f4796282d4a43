"""Who can open the page: this machine only (loopback) unless the person opted in."""

from __future__ import annotations

import ipaddress

LOOPBACK_NAMES = ("localhost",)


def is_loopback(address: str | None) -> bool:
    """True for 127.0.0.1, ::1 and localhost; an empty address means every interface (False)."""
    value = (address or "").strip().strip("[]").lower()
    if value in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(value).is_loopback
    except ValueError:
        return False


def network_warning(address: str | None) -> str | None:
    """The plain warning the page shows when it is served beyond this machine; None otherwise."""
    if is_loopback(address):
        return None
    where = address or "every network interface"
    return (
        f"This page is served on {where}: anyone who can reach this computer (the same Wi-Fi, "
        "the same network) can open it and read your notes, drafts and tracker — there is no "
        "login. To keep it on this machine, restart with plain `make run`."
    )
