"""Journey Studio: a desktop editor for customer journey maps."""

import gc
import os
import sys
import types
from functools import lru_cache

HEADLESS_COMMANDS = frozenset({"templates", "new", "validate", "export", "import", "insights"})
"""The commands whose process ends when they are done (``app.cli.ENDS_AT_ONCE``; a test keeps the two in step)."""
STARTING_YOUNG_THRESHOLD = 100_000
"""Allocations between two collections of the youngest generation while a headless command starts (CPython's: 700)."""


@lru_cache(maxsize=1)
def version() -> str:
    """The installed distribution's version, read when asked (``--version``, the About box, a recovery file).

    ``importlib.metadata`` and its reading of the installed distributions cost every start some 30 ms (a
    seventh of a small PNG export's whole command), so nothing reads it at import.
    """
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as distribution_version

    try:
        return distribution_version("journey-studio")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    """``journey_studio.__version__``, computed on first use (PEP 562)."""
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _no_pydantic_plugins() -> None:
    """Journey Studio runs no pydantic plugin: stand in for pydantic's plugin loader, which would import
    ``importlib.metadata`` and scan every installed distribution's entry points when the first model is
    built (some 85 M instructions, 30 ms, of every start). The documented switch, ``PYDANTIC_DISABLE_PLUGINS``,
    skips the scan but not the import. Nothing is replaced if pydantic already loaded its own.
    """
    name = "pydantic.plugin._loader"
    if name in sys.modules:
        return
    loader = types.ModuleType(name, "Journey Studio's stand-in: no pydantic plugins in this process.")
    loader.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules[name] = loader


def runs_a_headless_command(argv: list[str]) -> bool:
    """Whether this process is the program running a headless command: ``journey-studio export …`` or
    ``python -m journey_studio export …`` (whose ``argv[0]`` is ``-m`` while the package is imported)."""
    if len(argv) < 2 or argv[1] not in HEADLESS_COMMANDS:
        return False
    program = os.path.basename(argv[0])
    return program == "-m" or program.removesuffix(".exe").lower() == "journey-studio"


def _collect_less_while_a_command_starts() -> None:
    """A headless command makes some 400,000 objects while it imports Python's, pydantic's, PySide6's and our
    modules, nearly all of which live until it ends (classes, functions, schemas): collecting the youngest
    generation every 700 allocations walked them again and again, 60-80 M instructions (4 %) of a small PNG
    export. ``app.cli.main`` then freezes them. The editor, a room server and tests keep CPython's collector.
    """
    if runs_a_headless_command(sys.argv):
        gc.set_threshold(STARTING_YOUNG_THRESHOLD, *gc.get_threshold()[1:])


_collect_less_while_a_command_starts()
_no_pydantic_plugins()

# Import pydantic (through the model) before anything imports PySide6: shiboken's import hook
# inspects each new module and trips pydantic's lazy attributes while pydantic is half-initialised
# ("cannot import name 'import_string' from partially initialized module").
from . import model as _model  # noqa: E402, F401
