"""Shared test configuration: hypothesis profiles.

``dev`` (the default) keeps the local suite quick; ``ci`` digs deeper; ``fuzz`` digs
deepest, for the hostile-input tests alone (``HYPOTHESIS_PROFILE=fuzz pytest -m fuzz``).
Pick one with the ``HYPOTHESIS_PROFILE`` environment variable.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Strategies for whole catalogs and week plans draw many values per example; their data
# volume is by design, not a sign of a slow or filtering strategy.
_SUPPRESSED = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile("dev", max_examples=50, deadline=None, suppress_health_check=_SUPPRESSED)
settings.register_profile(
    "ci",
    max_examples=250,
    deadline=None,
    derandomize=False,
    print_blob=True,
    suppress_health_check=_SUPPRESSED,
)
settings.register_profile(
    "fuzz",
    max_examples=1000,
    deadline=None,
    print_blob=True,
    suppress_health_check=_SUPPRESSED,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
