"""The version is read only when asked, and what is shown is the installed distribution's version.

``journey_studio`` no longer reads its version at import (``importlib.metadata`` cost every start some 30 ms):
``--version``, the application object and the About box ask for it, and must still show the right one.
"""

import os
import subprocess
import sys
from importlib.metadata import version as distribution_version

from PySide6.QtWidgets import QMessageBox

import journey_studio
from journey_studio.document import Document
from journey_studio.templates import new_from_template
from journey_studio.ui.main_window import MainWindow
from tests.ui.driving import checked, menu_action, when_modal

INSTALLED = distribution_version("journey-studio")
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "journey_studio", *args], capture_output=True, text=True, env=ENV, timeout=120
    )


def test_version_option_prints_the_installed_version_on_stdout() -> None:
    result = _run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"journey-studio {INSTALLED}\n"
    assert result.stderr == ""
    assert "--version" in _run("--help").stdout


def test_the_package_attribute_is_the_installed_version() -> None:
    assert journey_studio.__version__ == INSTALLED == journey_studio.version()


def test_the_application_object_carries_the_installed_version() -> None:
    """In a fresh process: the test session's own application object exists before any of ours could."""
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from journey_studio.app.qt_app import application\n"
        "application(headless=True)\n"
        "print(QCoreApplication.applicationVersion())\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=ENV, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == INSTALLED


def test_the_about_box_shows_the_installed_version(qtbot) -> None:
    window = MainWindow(Document(new_from_template("blank", "en")))
    qtbot.addWidget(window)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")

    def read(box: QMessageBox) -> str:
        text = box.text()
        box.accept()
        return text

    outcome = when_modal(read, QMessageBox)
    menu_action(help_menu, "About Journey Studio").trigger()
    assert f"</b> {INSTALLED}<br>" in checked(outcome)
