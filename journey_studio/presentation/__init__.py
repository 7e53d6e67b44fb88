"""Presentation mode: a journey map on a projector, a readable slide per stage (see ``window``, ``slides``)."""

from .actions import PresentationActions, presentation_actions
from .settings import animations_action, animations_enabled, presentation_screen, screen_menu
from .slides import DEFAULT_SLIDE, SlideMetrics, StageSlide, layout_stage_slides
from .steps import Deck, Step, build_steps
from .view_choice import present_view_menu
from .window import PresentationWindow, current_stage_index

__all__ = [
    "DEFAULT_SLIDE",
    "Deck",
    "PresentationActions",
    "PresentationWindow",
    "presentation_actions",
    "SlideMetrics",
    "StageSlide",
    "Step",
    "animations_action",
    "animations_enabled",
    "build_steps",
    "current_stage_index",
    "layout_stage_slides",
    "present_view_menu",
    "presentation_screen",
    "screen_menu",
]
