"""Journey Studio: a desktop editor for customer journey maps."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("journey-studio")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"

# Import pydantic (through the model) before anything imports PySide6: shiboken's import hook
# inspects each new module and trips pydantic's lazy attributes while pydantic is half-initialised
# ("cannot import name 'import_string' from partially initialized module").
from . import model as _model  # noqa: F401
