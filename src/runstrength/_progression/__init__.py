"""What comes after a logged session: load math, the progression policy and the next step.

Imports the layers below it (``_model``, ``_io``, ``_views``).

- ``loadmath``: 1RM formulas, the RTS chart, loads for reps and reserve, equipment steps.
- ``policy``: caps, steps and the wording of reasons that the next step and RS401–RS404 share.
- ``step``: ``progress`` (one exercise) and ``progress_week`` (a whole plan).
"""
