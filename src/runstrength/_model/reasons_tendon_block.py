"""Reason codes of an Achilles athlete's heavy slow calf block at a load the athlete chooses.

A forecast knows no load until one is logged: each rung of the block (3 × 15, 3 × 12,
3 × 10, 4 × 10, 4 × 8, 4 × 6) is then done at a load chosen for its reps, so fewer reps
mean a heavier load without a made-up figure in kilograms. Once a load is logged, a rung
with fewer reps comes at a load up to 10 % heavier where the kit allows it, else at one
the athlete chooses for those reps. A straight-knee raise beside the block builds its
sets at a load of its own choosing.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["TENDON_BLOCK_CODES"]

_DONE = {
    "done": "What was done, as a clause (`All 3 sets of 15, slow and pain-free`).",
    "tempo": "The block's tempo (`3-0-3`).",
}
_RUNG = {
    **_DONE,
    "sets": "The sets of the next rung (`3`).",
    "reps": "The reps of the next rung (`12`).",
    "most": "The times one could lift the load chosen for it, as shown (`14`).",
}
_AFTER = {
    "sessions": "The sessions a rung lasts.",
    "sessions_words": "Those sessions in words (`2 sessions`).",
}

TENDON_BLOCK_CODES: dict[str, tuple[str, Mapping[str, str]]] = {
    "block.chosen.again": (
        "{done}: {sets} × {reps} again at tempo {tempo}, at a load you could lift about {most} "
        "times (up to 10 % heavier if the last set felt easy); {next_rung} comes once this "
        "rung has had {sessions_words}.",
        {
            **_RUNG,
            **_AFTER,
            "sets": "The sets of this rung (`3`).",
            "reps": "The reps of this rung (`15`).",
            "next_rung": "The block's next rung, as shown (`3 × 12`).",
        },
    ),
    "block.chosen.last": (
        "{done}: {sets} × {reps} again at tempo {tempo}, the block's last rung, at a load you "
        "could lift about {most} times; add 10 % or less when every rep was done with reps in "
        "reserve.",
        {**_RUNG, "sets": "The sets of this rung (`4`).", "reps": "The reps of this rung (`6`)."},
    ),
    "block.rung.reps_chosen": (
        "{done}, for {sessions_words}: the heavy slow block for the Achilles moves on to "
        "{sets} × {reps} at tempo {tempo}, fewer reps at a heavier load: choose one you could "
        "lift about {most} times, 10 % or less above the last.",
        {**_RUNG, **_AFTER},
    ),
    "block.rung.set_chosen": (
        "{done}, for {sessions_words}: the heavy slow block for the Achilles moves on to a set "
        "more, {sets} × {reps} at tempo {tempo}, at the load you chose for {reps}.",
        {**_RUNG, **_AFTER},
    ),
    "block.rung.reps_load": (
        "{done}, for {sessions_words}: the heavy slow block for the Achilles moves on to "
        "{sets} × {reps} at tempo {tempo}, fewer reps at a heavier load: {lifted_kg:g} kg to "
        "{load_kg:g} kg (+{percent:.0f} %, within the 10 % a tendon takes in one step).",
        {
            **_RUNG,
            **_AFTER,
            "lifted_kg": "The load lifted, in kilograms.",
            "load_kg": "The next load in kilograms.",
            "percent": "The rise in per cent.",
        },
    ),
    "block.rung.rest": (
        "Rest {rest} s between these heavy slow sets.",
        {"rest": "The rest of heavy slow sets, in seconds (`120–180`)."},
    ),
    "block.lighter": (
        "{done}: {dose} was a lighter week's share of the rung; the block goes on next week "
        "where it left off, at the same load.",
        {
            "done": "What was done, as a clause (`All 2 sets of 12, slow and pain-free`).",
            "dose": "The lighter dose done, as shown.",
        },
    ),
    "lighter.achilles_block": (
        "For your Achilles: the calf block keeps its load, its reps and at least {sets} sets "
        "through a lighter week, as a tendon does best on steady load; the cut comes from the "
        "other exercises.",
        {"sets": "The fewest sets the block keeps (`2`)."},
    ),
    "block.straight.sets_chosen": (
        "{done}: a set more, {old_sets} to {sets} sets at a load you could lift about {most} "
        "times, up to {cap}; the straight-knee raise builds its sets before its load.",
        {
            "done": "What was done, as a clause (`Every set reached 15, slow and pain-free`).",
            "old_sets": "The sets before (`1`).",
            "sets": "The sets after (`2`).",
            "most": "The times one could lift the load chosen for it, as shown (`12`).",
            "cap": "The sets it builds to (`3`).",
        },
    ),
    "block.straight.chosen_held": (
        "{done}: keep {dose} at a load you could lift about {most} times, up to 10 % heavier "
        "if the last set felt easy.",
        {
            "done": "What was done, as a clause (`Every set reached 15, slow and pain-free`).",
            "dose": "The dose kept, as shown.",
            "most": "The times one could lift the load chosen for it, as shown (`12`).",
        },
    ),
}
