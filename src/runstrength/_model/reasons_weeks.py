"""Reason codes of weeks: each code's English template and what each parameter means."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["WEEK_CODES"]

WEEK_CODES: dict[str, tuple[str, Mapping[str, str]]] = {}
