"""Build the standalone Journey Studio application for this platform.

    .venv/bin/python packaging/build.py        (what `make package` runs)

1. renders the icons from icons/app/journey-studio.svg (packaging/app_icons.py);
2. runs PyInstaller on packaging/journey-studio.spec (one folder: dist/journey-studio/; on macOS
   also dist/Journey Studio.app);
3. on Linux, adds the desktop integration under dist/journey-studio/share/ (the .desktop file,
   hicolor icons, AppStream metainfo, shared-mime-info XML) and install.sh, and packs the folder
   as dist/journey-studio-<version>-linux-<machine>.tar.gz;
4. prints the bundle's size and its largest parts.

Work files go to build/packaging/ and build/pyinstaller/ (PyInstaller's cache). The bundle is
assembled in build/packaging/dist/ and moved to dist/ only once complete, so dist/journey-studio/
is never a half-built folder; two builds started at once (two test runs) take turns.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from app_icons import APP_ID, render_all  # noqa: E402

DIST = ROOT / "dist"
BUNDLE = DIST / "journey-studio"
WORK = ROOT / "build" / "packaging"
STAGING = WORK / "dist"
SIZE_TARGET_MB = 150


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def windows_version_file(path: Path, version_text: str) -> None:
    """The VSVersionInfo PyInstaller embeds in the .exe (shown in Explorer's Properties)."""
    numbers = [int(part) for part in version_text.split("+")[0].split(".")[:3] if part.isdigit()]
    numbers = tuple((numbers + [0, 0, 0, 0])[:4])
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Journey Studio'),
      StringStruct('FileDescription', 'Journey Studio'),
      StringStruct('FileVersion', '{version_text}'),
      StringStruct('InternalName', 'journey-studio'),
      StringStruct('OriginalFilename', 'journey-studio.exe'),
      StringStruct('ProductName', 'Journey Studio'),
      StringStruct('ProductVersion', '{version_text}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        "utf-8",
    )


def run_pyinstaller() -> None:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(STAGING), "--workpath", str(ROOT / "build" / "pyinstaller"),
        str(HERE / "journey-studio.spec"),
    ]
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # Not from the repository folder: there sys.path[0] would find setuptools' journey_studio.egg-info
    # (left by builds) before the installed distribution's metadata.
    subprocess.run(command, cwd=WORK, env=env, check=True)


def add_linux_desktop_files(bundle: Path, icons: Path) -> None:
    """share/ as an install prefix would have it; install.sh copies it into ~/.local or /usr/local."""
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    # The same icon for the file type, so file managers show .journey.json files with it.
    for size_dir in (share / "icons" / "hicolor").iterdir():
        for app_icon in (size_dir / "apps").iterdir():
            mime_icon = size_dir / "mimetypes" / ("application-x-journey-studio+json" + app_icon.suffix)
            mime_icon.parent.mkdir(exist_ok=True)
            shutil.copyfile(app_icon, mime_icon)
    linux = HERE / "linux"
    for source, folder in (
        (linux / f"{APP_ID}.desktop", "applications"),
        (linux / f"{APP_ID}.metainfo.xml", "metainfo"),
        (linux / f"{APP_ID}.mime.xml", "mime/packages"),
    ):
        target = share / folder / source.name.replace(".mime.xml", ".xml")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    shutil.copyfile(linux / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def publish(staged: Path, final: Path) -> None:
    """Replace ``final`` with ``staged`` (same file system: two renames)."""
    final.parent.mkdir(parents=True, exist_ok=True)
    old = final.with_name(final.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if final.exists():
        final.rename(old)
    staged.rename(final)
    if old.exists():
        shutil.rmtree(old)


def archive(bundle: Path) -> Path:
    """dist/journey-studio-<version>-linux-<machine>.tar.gz: what a user downloads and unpacks."""
    name = f"journey-studio-{version()}-linux-{platform.machine()}"
    for old in DIST.glob("journey-studio-*-linux-*.tar.gz"):
        old.unlink()
    target = DIST / f"{name}.tar.gz"
    partial = target.with_suffix(".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=name)
    partial.rename(target)
    return target


def size_report(folder: Path) -> int:
    total = 0
    parts: dict[str, int] = {}
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            total += size
            relative = path.relative_to(folder).parts
            key = "/".join(relative[:2]) if relative[0] == "_internal" and len(relative) > 2 else "/".join(relative)
            parts[key] = parts.get(key, 0) + size
    print(f"\n{folder.relative_to(ROOT)}: {total / 1e6:.1f} MB (target < {SIZE_TARGET_MB} MB)")
    for key, size in sorted(parts.items(), key=lambda item: -item[1])[:12]:
        print(f"  {size / 1e6:7.1f} MB  {key}")
    return total


def build() -> None:
    started = time.monotonic()
    icons = WORK / "icons"
    if icons.exists():
        shutil.rmtree(icons)
    render_all(icons)
    if sys.platform == "win32":
        windows_version_file(WORK / "windows-version.txt", version())
    if STAGING.exists():
        shutil.rmtree(STAGING)
    run_pyinstaller()
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(STAGING / "journey-studio", icons)
    for staged in sorted(STAGING.iterdir()):  # journey-studio/ (and Journey Studio.app on macOS)
        publish(staged, DIST / staged.name)
    total = size_report(BUNDLE)
    if sys.platform.startswith("linux"):
        packed = archive(BUNDLE)
        print(f"{packed.relative_to(ROOT)}: {packed.stat().st_size / 1e6:.1f} MB")
    print(f"built in {time.monotonic() - started:.0f} s: {BUNDLE.relative_to(ROOT)}/journey-studio")
    if total > SIZE_TARGET_MB * 1e6:
        print(f"warning: the bundle is over {SIZE_TARGET_MB} MB", file=sys.stderr)


def main() -> int:
    WORK.mkdir(parents=True, exist_ok=True)
    with open(WORK / "build.lock", "w") as lock:
        if sys.platform != "win32":
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)  # another build of this tree runs: wait for it
        build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
