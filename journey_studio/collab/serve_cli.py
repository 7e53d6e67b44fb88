"""``journey-studio serve``: host live rooms headless, on a machine that stays on.

Prints an edit link and a view-only link for a room (a new random one, or ``--room``), then
serves every room whose token matches until stopped (Ctrl+C). Rooms are kept in a SQLite store
in ``--data``, with the server's secret and TLS certificate, so links survive restarts.
No Qt here.
"""

import argparse
import asyncio
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

from .discovery import Announce, Announcer
from .link import is_lan_address
from .server import STORE_FILE, Keyring, RoomServer
from .tls import load_or_create_identity

DEFAULT_PORT = 8765


def default_data_dir() -> Path:
    return Path.home() / ".local" / "share" / "journey-studio" / "rooms"


def parser() -> argparse.ArgumentParser:
    result = argparse.ArgumentParser(
        prog="journey-studio serve",
        description="Host live workshop rooms without a window. Colleagues paste the printed link into "
        "File ▸ Join…; the first editor to join an empty room puts their open map in it "
        "(or use --seed).",
    )
    result.add_argument("--host", default="127.0.0.1",
                        help="address to listen on: loopback (default) or this machine's LAN address")
    result.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    result.add_argument("--data", type=Path, default=None,
                        help=f"folder for the rooms' store, secret and certificate (default {default_data_dir()})")
    result.add_argument("--room", help="print the links of this room instead of a new one")
    result.add_argument("--seed", type=Path, help="a .journey.json map the room starts with when empty")
    result.add_argument("--no-tls", action="store_true",
                        help="plain ws:// (only on a trusted network; links carry no certificate fingerprint)")
    result.add_argument("--announce", choices=[mode.value for mode in Announce], default=Announce.LISTED.value,
                        help="what the LAN hears of the room (mDNS), for File ▸ Join…'s list: off; listed (default: "
                        "where and what, no token: joiners still need the link); view or edit (that link in full: "
                        "anyone on the network can watch, or edit)")
    return result


def run_serve(args: Sequence[str]) -> int:
    options = parser().parse_args(list(args))
    if not is_lan_address(options.host):
        print(f"journey-studio serve: {options.host} is not a LAN or loopback address; "
              "rooms are offered on the LAN only", file=sys.stderr)
        return 1
    data = options.data or default_data_dir()
    try:
        keyring = Keyring.in_folder(data)
        identity = None if options.no_tls else load_or_create_identity(data / "tls")
    except OSError as error:
        print(f"journey-studio serve: cannot use the data folder {data}: {error.strerror or error}", file=sys.stderr)
        return 1
    server = RoomServer(keyring, host=options.host, port=options.port, data_dir=data, tls=identity)
    room = options.room or Keyring.new_room()
    title = ""
    if options.seed is not None:
        from ..io import JourneyFileError, read_workspace
        from .schema import seed_update

        try:
            workspace = read_workspace(options.seed)
            server.seed(room, seed_update(workspace))
            title = workspace.metadata.title or (workspace.maps[0].title if workspace.maps else "")
        except JourneyFileError as error:
            print(f"journey-studio serve: {error}", file=sys.stderr)
            return 1

    def started(port: int) -> None:
        scheme = "wss" if identity else "ws"
        print(f"Journey Studio room server on {scheme}://{options.host}:{port} (store: {data / STORE_FILE})")
        print(f"Edit link:      {server.link(room, 'edit')}")
        print(f"View-only link: {server.link(room, 'view')}", flush=True)
        if options.announce != Announce.OFF:
            announcers.append(Announcer(server.link(room, "edit"), server.link(room, "view"), title,
                                        socket.gethostname()))
            announcers[0].set_mode(Announce(options.announce))  # on the announcer's thread: not blocking the loop

    announcers: list[Announcer] = []
    try:
        asyncio.run(server.run(started=started))
    except KeyboardInterrupt:
        return 0
    except (OSError, BaseExceptionGroup) as error:
        problem = _os_error(error)
        if problem is None:
            raise
        print(f"journey-studio serve: cannot listen on {options.host}:{options.port}: {problem.strerror or problem}",
              file=sys.stderr)
        return 1
    finally:
        for announcer in announcers:
            announcer.close()  # a goodbye, so Join dialogs drop the room at once
    return 0


def _os_error(error: BaseException) -> OSError | None:
    """The OSError behind ``error``, which anyio's task groups may wrap in exception groups."""
    if isinstance(error, OSError):
        return error
    if isinstance(error, BaseExceptionGroup):
        for inner in error.exceptions:
            found = _os_error(inner)
            if found is not None:
                return found
    return None
