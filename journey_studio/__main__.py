"""``python -m journey_studio`` is the ``journey-studio`` command."""

import sys

from .app.cli import main

sys.exit(main())
