"""Shared fixtures: offscreen Qt, isolated settings, sample maps."""

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.synthetic_map import build_workspace  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory):
    """Recent files and other settings go to a temporary folder, never the developer's own."""
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("Journey Studio Tests")
    QCoreApplication.setApplicationName("Journey Studio Tests")
    yield
    # Copy tests leave data on the offscreen clipboard, which would crash the run at exit.
    from journey_studio.app.qt_app import release_clipboard

    release_clipboard()


@pytest.fixture
def big_workspace():
    """30 stages × 8 lanes, 1,000 cards: the benchmark map."""
    return build_workspace(stages=30, cards=1000)


@pytest.fixture
def small_workspace():
    return build_workspace(stages=4, cards=24)


@pytest.fixture
def sample_path() -> Path:
    """The running-shoes journey, as shipped."""
    return ROOT / "resources" / "templates" / "running-shoes.fr.journey.json"


@pytest.fixture
def english(qapp):
    """Every test that switches language starts and ends in English with no saved choice."""
    from PySide6.QtCore import QLocale, QSettings

    from journey_studio import i18n

    locale = QLocale()
    QSettings().remove(i18n.SETTINGS_KEY)
    i18n.install_translators(qapp, "en")
    yield qapp
    QSettings().remove(i18n.SETTINGS_KEY)
    i18n.install_translators(qapp, "en")
    i18n._state.language = None
    QLocale.setDefault(locale)
