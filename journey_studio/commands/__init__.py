"""Undo commands: each changes the model only."""

from .base import DocumentCommand, InsertItems, Macro, MoveItem, RemoveItems, SetFields, retranslate_stack
from .target import Collection, Target

__all__ = [
    "Collection", "DocumentCommand", "InsertItems", "Macro", "MoveItem", "RemoveItems", "SetFields", "Target",
    "retranslate_stack",
]
