"""The subcommands about the library's data: ``exercises``, ``exercise`` and ``schema``."""

from __future__ import annotations

import argparse
import difflib

from runstrength._cli.formats import data_output, json_output
from runstrength._cli.streams import Output
from runstrength._io.documents import to_dict
from runstrength._io.packaged import default_catalog
from runstrength._model.athlete import to_equipment
from runstrength._model.errors import InputError
from runstrength._model.exercise import Exercise
from runstrength._model.registry import VALUE_CLASSES
from runstrength._model.vocab import Equipment, Level

__all__ = ["COMMANDS"]


def equipment(values: list[str] | None) -> frozenset[Equipment] | None:
    """The kit ``--equipment`` names: every kit and item of every option, comma-separated.

    Raises:
        InputError: A name is neither a kit nor an item; one problem per name.
    """
    if not values:
        return None
    found: set[Equipment] = set()
    problems: list[str] = []
    for value in values:
        if not all(name.strip() for name in value.split(",")):
            problems.append(f"--equipment: {value!r} holds an empty name")
        for name in filter(str.strip, value.split(",")):
            try:
                found |= to_equipment(name.strip())
            except InputError as exc:
                problems += (f"--equipment: {p}" for p in exc.problems)
    if problems:
        raise InputError(problems)
    return frozenset(found)


def _exercises(args: argparse.Namespace) -> Output:
    catalog = default_catalog()
    kit = equipment(args.equipment)
    level = Level(args.level) if args.level else None
    found = catalog.filter(equipment=kit, level=level)
    if args.json:
        return data_output([to_dict(ex) for ex in found])
    ids = max((len(ex.id) for ex in found), default=2)
    names = max((len(ex.name) for ex in found), default=8)
    lines = [f"{'Id':<{ids}}  {'Exercise':<{names}}  {'Level':<12}  Patterns\n"]
    for ex in found:
        patterns = ", ".join(ex.summary()["patterns"])
        lines.append(f"{ex.id:<{ids}}  {ex.name:<{names}}  {ex.level:<12}  {patterns}\n")
    lines.append(f"\n{len(found)} of {len(catalog)} exercises\n")
    return Output("".join(lines))


def _markdown(exercise: Exercise) -> str:
    rest = str(exercise).splitlines()[1:]
    body = "\n".join(line.removeprefix("  ") for line in rest)
    return f"## {exercise.name} (`{exercise.id}`)\n\n```text\n{body}\n```\n"


def _exercise(args: argparse.Namespace) -> Output:
    catalog = default_catalog()
    found = catalog.find(args.id)
    if found is None:
        known = {ex.id: ex.id for ex in catalog} | {ex.name.lower(): ex.id for ex in catalog}
        close = difflib.get_close_matches(args.id.lower(), known, n=8, cutoff=0.6)
        ids = list(dict.fromkeys(known[name] for name in close))[:5]
        hint = f"; close matches: {', '.join(ids)}" if ids else ""
        raise InputError(
            f"ID: {args.id!r} is no exercise's id, name or alias{hint} "
            "(runstrength exercises lists them)"
        )
    if args.format == "json":
        return json_output(found)
    if args.format == "markdown":
        return Output(_markdown(found))
    return Output(str(found))


def _schema(args: argparse.Namespace) -> Output:
    by_name = {cls.__name__.lower(): cls for cls in VALUE_CLASSES}
    cls = by_name.get(args.type.lower())
    if cls is None:
        names = ", ".join(cls.__name__ for cls in VALUE_CLASSES)
        raise InputError(f"TYPE: {args.type!r} is not a value type; one of {names}")
    from runstrength._io.schema import json_schema  # noqa: PLC0415  # loaded for this subcommand

    return data_output(json_schema(cls))


COMMANDS = {"exercises": _exercises, "exercise": _exercise, "schema": _schema}
"""The catalog and schema subcommands, by name."""
