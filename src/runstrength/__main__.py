"""``python -m runstrength``: the same as the ``runstrength`` command."""

import sys

from runstrength._cli import main

sys.exit(main())
