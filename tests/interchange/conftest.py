"""Interchange tests: the shipped sample journeys."""

from pathlib import Path

import pytest

from journey_studio.io import read_workspace

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


@pytest.fixture(scope="session")
def chaussures():
    """The French running-shoes journey: accents, personas, evidence, free emotion points."""
    return read_workspace(TEMPLATES / "running-shoes.fr.journey.json")
