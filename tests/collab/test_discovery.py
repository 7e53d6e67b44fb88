"""Rooms announced on the LAN (mDNS/DNS-SD) and found by a browser: real multicast on the loopback interface.

Measured in this sandbox first: a zeroconf announcement on 127.0.0.1 reaches a browser on 127.0.0.1
in 0.15 to 1.2 s. Where multicast cannot work (no loopback multicast route, port 5353 refused),
the module is skipped with the reason.
"""

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from zeroconf import IPVersion, ServiceInfo, Zeroconf

from journey_studio.collab.discovery import (
    SERVICE_TYPE,
    Announce,
    Announcer,
    FoundSession,
    SessionBrowser,
    announcement_properties,
    session_from_info,
)
from journey_studio.collab.link import RoomLink, parse_link

LOOPBACK = "127.0.0.1"
WAIT_S = 10.0
ROOT = Path(__file__).resolve().parents[2]
EDIT = RoomLink(LOOPBACK, 4711, "RoomUnderTest1", "E" * 24, "edit", "ab" * 32)
VIEW = RoomLink(LOOPBACK, 4711, "RoomUnderTest1", "V" * 24, "view", "ab" * 32)


def _wait_for(predicate, timeout: float = WAIT_S):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    return predicate()


@pytest.fixture(scope="module", autouse=True)
def _multicast_works():
    """Skip the module, with the reason, where an announcement cannot reach a browser on this host."""
    try:
        browser = SessionBrowser([LOOPBACK])
    except OSError as error:
        pytest.skip(f"no multicast DNS on the loopback interface here: {error}")
    announcer = Announcer(
        RoomLink(LOOPBACK, 1, "ProbeRoom0001", "p" * 16), RoomLink(LOOPBACK, 1, "ProbeRoom0001", "q" * 16), "probe", ""
    )
    try:
        announcer.set_mode(Announce.LISTED).result(WAIT_S)
        if announcer.problem:
            pytest.skip(f"cannot announce on the loopback interface here: {announcer.problem}")
        if not _wait_for(lambda: any(s.room == "ProbeRoom0001" for s in browser.sessions())):
            pytest.skip("multicast on the loopback interface does not reach this host's own listener here")
    finally:
        announcer.close()
        browser.close()


@pytest.fixture
def browser():
    found = SessionBrowser([LOOPBACK])
    yield found
    found.close()


def _session(browser: SessionBrowser, room: str) -> FoundSession | None:
    return next((s for s in browser.sessions() if s.room == room), None)


def test_a_listed_room_is_found_without_its_token_then_withdrawn_on_close(browser):
    announcer = Announcer(EDIT, VIEW, "Chaussures de course — été 🏃", "Zoé")
    try:
        announcer.set_mode(Announce.LISTED)
        found = _wait_for(lambda: _session(browser, EDIT.room))
        assert found is not None, "the announced room was not heard on the loopback interface"
        assert (found.host, found.port, found.title, found.host_name) == (
            LOOPBACK,
            4711,
            "Chaussures de course — été 🏃",
            "Zoé",
        )
        assert found.fingerprint == EDIT.fingerprint
        assert found.token == "" and found.access == "" and found.link is None
        # What the whole LAN hears, read raw: no token in it.
        with _raw_listener() as zeroconf:
            info = zeroconf.get_service_info(SERVICE_TYPE, found.key, timeout=3000)
        assert info is not None
        assert b"token" not in info.properties and EDIT.token.encode() not in (info.text or b"")
        # Picking it gives the joiner all but the token.
        partial = found.link_without_token
        assert partial.endswith("&token=") and EDIT.token not in partial
        assert parse_link(partial + EDIT.token) == EDIT
    finally:
        announcer.close()
    assert _wait_for(lambda: _session(browser, EDIT.room) is None), "the room stayed listed after close()"


def test_the_host_may_announce_the_view_link_then_the_edit_link(browser):
    announcer = Announcer(EDIT, VIEW, "Onboarding", "Alex")
    try:
        announcer.set_mode(Announce.VIEW)
        found = _wait_for(lambda: (s := _session(browser, EDIT.room)) and s.token and s)
        assert found and found.access == "view" and found.link == VIEW
        announcer.set_mode(Announce.EDIT)
        found = _wait_for(lambda: (s := _session(browser, EDIT.room)) and s.access == "edit" and s)
        assert found and found.link == EDIT
        announcer.set_mode(Announce.OFF)
        assert _wait_for(lambda: _session(browser, EDIT.room) is None), "Off did not withdraw the room"
    finally:
        announcer.close()


def test_hostile_or_broken_announcements_are_ignored():
    good = announcement_properties(EDIT, VIEW, "Map", "Host", Announce.EDIT)

    def info(properties, address=LOOPBACK, port=4711):
        return ServiceInfo(
            SERVICE_TYPE,
            f"x.{SERVICE_TYPE}",
            port=port,
            properties=properties,
            addresses=[socket.inet_aton(address)],
            server="x.local.",
        )

    assert session_from_info(info(good)) is not None  # the checker accepts what we announce
    assert session_from_info(info(good, address="8.8.8.8")) is None  # outside the LAN
    assert session_from_info(info({**good, "room": "../etc"})) is None
    assert session_from_info(info({**good, "token": "short"})) is None
    assert session_from_info(info({**good, "tls": "not-a-fingerprint"})) is None
    assert session_from_info(info({**good, "v": "2"})) is None
    assert session_from_info(info({**good, "map": "\x00\x1b[31mred" + "x" * 200})).title.startswith("[31mred")
    assert len(session_from_info(info({**good, "map": "y" * 250})).title) == 120
    assert session_from_info(info({b"v": b"1", b"room": b"\xff\xfe", b"map": b"m"})) is None


def test_properties_carry_a_token_only_when_the_host_chose_it():
    assert "token" not in announcement_properties(EDIT, VIEW, "Map", "Host", Announce.LISTED)
    assert announcement_properties(EDIT, VIEW, "Map", "Host", Announce.VIEW)["token"] == VIEW.token
    assert announcement_properties(EDIT, VIEW, "Map", "Host", Announce.EDIT)["token"] == EDIT.token


def test_serve_announces_its_room_and_says_goodbye_on_ctrl_c(browser, tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-m", "journey_studio", "serve", "--host", LOOPBACK, "--port", "0", "--data", str(tmp_path),
         "--announce", "view", "--room", "ServeRoom0001"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        found = _wait_for(lambda: _session(browser, "ServeRoom0001"), timeout=30)
        assert found is not None, "journey-studio serve did not announce its room"
        assert found.access == "view" and found.host_name == socket.gethostname()
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
        assert _wait_for(lambda: _session(browser, "ServeRoom0001") is None), "serve left its room listed"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        out, err = process.communicate()
    view_link = next(line.split(": ", 1)[1].strip() for line in out.splitlines() if line.startswith("View-only link"))
    assert found.link == parse_link(view_link)


class _raw_listener:
    def __enter__(self) -> Zeroconf:
        self.zeroconf = Zeroconf(interfaces=[LOOPBACK], ip_version=IPVersion.V4Only)
        return self.zeroconf

    def __exit__(self, *exc) -> None:
        self.zeroconf.close()


QUITTING_HOST = """
import sys
from journey_studio.collab.discovery import Announce, Announcer
from journey_studio.collab.link import RoomLink
edit = RoomLink("127.0.0.1", 4713, "QuitRoom0001", "E" * 24, "edit")
announcer = Announcer(edit, RoomLink("127.0.0.1", 4713, "QuitRoom0001", "V" * 24, "view"), "t", "h")
announcer.set_mode(Announce.LISTED).result(10)
print("announced", flush=True)
sys.stdin.readline()  # then quit without closing anything, as a window closed by the system would
"""


def test_quitting_without_stop_still_withdraws_the_room(browser):
    process = subprocess.Popen([sys.executable, "-c", QUITTING_HOST], cwd=ROOT, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "announced"
        assert _wait_for(lambda: _session(browser, "QuitRoom0001")), "the room was not heard"
        _out, err = process.communicate("\n", timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0 and "Traceback" not in err, err
    assert _wait_for(lambda: _session(browser, "QuitRoom0001") is None, timeout=2), "the room outlived its host"
