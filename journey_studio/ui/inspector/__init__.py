"""The inspector panel: one form per kind of selected object, every edit through the MapEditor."""

from .inspector import Inspector

__all__ = ["Inspector"]
