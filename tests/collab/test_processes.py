"""Real processes on 127.0.0.1: a room server and two editing peers making random edits with undos,
one of them offline for a while. They converge to the same map, which validates; a late joiner and
a server restarted from its store give the same map. Bounded in time; children die with the test."""

import subprocess
import time
from pathlib import Path

from journey_studio.io import parse_workspace
from journey_studio.model import check_workspace

from .child_processes import Children

PEER = Path(__file__).with_name("peer_process.py")
DEADLINE = 90.0
"""Seconds for the whole test: a hang fails it instead of hanging the run."""


def _wait(condition, until: float, what: str) -> None:
    while not condition():
        if time.monotonic() > until:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def _serve(children: Children, data: Path, port: int, seed: Path | None, until: float) -> tuple[subprocess.Popen, str]:
    args = ["-m", "journey_studio", "serve", "--host", "127.0.0.1", "--port", str(port), "--data", str(data),
            "--room", "process-test-room"]
    if seed is not None:
        args += ["--seed", str(seed)]
    server = children.start(*args, stdout=subprocess.PIPE)
    lines: list[str] = []
    while not any(line.startswith("Edit link:") for line in lines):
        if time.monotonic() > until or server.poll() is not None:
            problem = server.stderr.read() if server.poll() is not None else ""
            raise AssertionError(f"the server did not start: {problem}")
        lines.append(server.stdout.readline())
    return server, next(line for line in lines if line.startswith("Edit link:")).split(":", 1)[1].strip()


def _late_joiner(children: Children, link: str, out: Path, until: float) -> bytes:
    joiner = children.start(str(PEER), link, "Late", str(out), "--join-only")
    while joiner.poll() is None:
        if time.monotonic() > until:
            raise AssertionError("the late joiner did not finish")
        time.sleep(0.1)
    assert joiner.returncode == 0, joiner.stderr.read()
    return out.read_bytes()


def test_two_editing_processes_converge_through_a_server_process(children, tmp_path, sample_path) -> None:
    until = time.monotonic() + DEADLINE
    data = tmp_path / "server"
    server, link = _serve(children, data, 0, sample_path, until)
    assert "127.0.0.1" in link
    port = int(link.split("://", 1)[1].split("/", 1)[0].rsplit(":", 1)[1])
    outs = [tmp_path / "alice.json", tmp_path / "bob.json"]
    peers = [
        children.start(str(PEER), link, "Alice", str(outs[0]), "--seed", "1", "--edits", "80"),
        children.start(str(PEER), link, "Bob", str(outs[1]), "--seed", "2", "--edits", "80", "--offline", "10:50"),
    ]

    def settled() -> bool:
        for peer in peers:
            assert peer.poll() is None, peer.stderr.read()
        if not all(out.with_suffix(".done").exists() and out.exists() for out in outs):
            return False
        return outs[0].read_bytes() == outs[1].read_bytes()

    _wait(settled, until, "the two peers to converge")
    time.sleep(0.5)  # still the same a moment later: nothing was in flight
    final = outs[0].read_bytes()
    assert outs[1].read_bytes() == final
    workspace = parse_workspace(final)
    assert check_workspace(workspace) == []
    assert final != sample_path.read_bytes()  # they did edit

    assert _late_joiner(children, link, tmp_path / "late.json", until) == final
    for peer in peers:
        children.kill(peer)
    children.kill(server)
    _server, link_again = _serve(children, data, port, None, until)
    assert link_again == link  # same secret, same room, same certificate: the link still works
    assert _late_joiner(children, link_again, tmp_path / "after-restart.json", until) == final
