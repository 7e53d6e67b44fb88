"""The French checks every catalogue must pass: typography, and distinct words for a card and a map.

They live in ``tools/update_translations.py`` (its ``--check`` runs them on the interface's catalogue);
the tests also run them on the map's words (``journey_studio/words.py``) and the French templates.
"""

import importlib.util
import sys
from pathlib import Path

_TOOL = Path(__file__).resolve().parent.parent / "tools" / "update_translations.py"


def _load_tool():
    if "update_translations" in sys.modules:
        return sys.modules["update_translations"]
    spec = importlib.util.spec_from_file_location("update_translations", _TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
french_typography_problems = tool.french_typography_problems
card_and_map_problems = tool.card_and_map_problems
