"""The live tests' shared fixtures."""

import pytest

from .child_processes import Children


@pytest.fixture
def children():
    """The test's child processes, killed when it ends, pass or fail."""
    group = Children()
    try:
        yield group
    finally:
        group.kill_all()
