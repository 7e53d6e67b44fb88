"""The frozen application's entry point: the same ``main`` as the wheel's ``journey-studio``."""

import sys

from journey_studio.app.cli import main

if __name__ == "__main__":
    sys.exit(main())
