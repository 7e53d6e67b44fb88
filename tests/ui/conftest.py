"""UI tests never block on a modal dialog: unsaved-changes questions are answered "discard" unless a test says otherwise."""

import pytest

from journey_studio.ui import dialogs


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: dialogs.SaveChoice.DISCARD)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: None)
    monkeypatch.setattr(dialogs, "show_report", lambda parent, title, text, details: None)
