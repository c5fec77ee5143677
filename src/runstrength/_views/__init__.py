"""Views of values for people: plain text, Markdown, HTML for notebooks, and iCalendar.

Imports ``runstrength._model`` and ``runstrength._io`` (for the packaged catalog's names).
The layers above import ``wording`` for the words they share with the views.

- ``wording``: the words every layer shares: amounts, loads, plurals, vocabulary as words,
  placements, runs, muscles, articles, exercise names.
- ``text``: ``render_week`` and ``render_block``, and the plain text behind ``str()`` of
  sessions, week plans, blocks, exercises, catalogs and violations.
- ``markdown``: the Markdown form of ``render_week`` and ``render_block``.
- ``html``: the HTML that notebooks show for plans, blocks, exercises, catalogs and violations.
- ``html_values``: the HTML of athletes, running weeks, block settings, logs, progressions,
  exclusions, week records and reports.
- ``notebook``: ``show_week``, a week plan shown with its runs in one grid.
- ``escape``: each field of user text made safe for plain text, Markdown and calendars.
- ``show``: which view draws which value, for :class:`~runstrength._model.shown.Shown`.
- ``ics``: ``to_ics``, plans and blocks as calendar events.
- ``icsoptions``: the calendar export's options checked, its stable UIDs and versions, and
  how long a timed event lasts.
- ``fitsteps``: the steps of a FIT strength workout as plain values, and each exercise's
  FIT category and name.
- ``fit``: ``to_fit`` and ``fit_files``, sessions as FIT workout files for watches.
"""
