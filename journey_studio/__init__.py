"""Journey Studio: a desktop editor for customer journey maps."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("journey-studio")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
