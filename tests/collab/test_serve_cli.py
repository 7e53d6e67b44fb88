"""journey-studio serve refuses what it cannot do with a message, before listening anywhere."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _serve(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "journey_studio", "serve", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def test_a_public_address_is_refused(tmp_path) -> None:
    result = _serve("--host", "8.8.8.8", "--data", str(tmp_path))
    assert result.returncode == 1
    assert "8.8.8.8 is not a LAN or loopback address" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_seed_file_is_named(tmp_path) -> None:
    bad = tmp_path / "broken.journey.json"
    bad.write_text("{ not json", encoding="utf-8")
    result = _serve("--host", "127.0.0.1", "--port", "0", "--data", str(tmp_path / "data"), "--seed", str(bad))
    assert result.returncode == 1
    assert "broken.journey.json" in result.stderr and "Traceback" not in result.stderr


def test_a_port_in_use_is_said(tmp_path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _serve("--host", "127.0.0.1", "--port", str(port), "--data", str(tmp_path))
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "Traceback" not in result.stderr
