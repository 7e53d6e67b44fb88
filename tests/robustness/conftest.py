"""Hypothesis keeps its caches in the system's temporary folder, not in the repository."""

import tempfile
from pathlib import Path

from hypothesis.configuration import set_hypothesis_home_dir

set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "journey-studio-hypothesis")
