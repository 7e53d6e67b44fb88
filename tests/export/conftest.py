"""Export tests: a headless QApplication and the shipped sample maps."""

from pathlib import Path

import pytest

from journey_studio.io import read_workspace

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "resources" / "templates"


@pytest.fixture
def app(qapp):
    from journey_studio.canvas.qt_fonts import register_fonts

    register_fonts()
    return qapp


@pytest.fixture(scope="session")
def shoes():
    """The English running-shoes journey: three stages, eight lanes, a persona, connectors, metrics."""
    return read_workspace(TEMPLATES / "running-shoes.en.journey.json")


@pytest.fixture(scope="session")
def chaussures():
    """The same journey in French: accents, « », narrow no-break spaces."""
    return read_workspace(TEMPLATES / "running-shoes.fr.journey.json")
