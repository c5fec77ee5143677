"""Views of values for people: plain text, Markdown, HTML for notebooks, and iCalendar.

Imports ``runstrength._model`` and ``runstrength._io`` (for the packaged catalog's names).

- ``text``: ``render_week`` and ``render_block`` (plain text and Markdown).
- ``html``: the HTML that notebooks show for plans, blocks, exercises and catalogs, and the
  short text forms behind ``str()``.
- ``ics``: ``to_ics``, plans and blocks as calendar events.
"""
