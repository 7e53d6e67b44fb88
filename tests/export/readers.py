"""Readers for exported files: command-line tools that other programs use, skipped when not installed."""

import shutil
import subprocess

import pytest


def run_tool(*args: str) -> subprocess.CompletedProcess:
    """Run ``args`` (rsvg-convert, pdffonts…), skipping the test when the tool is not installed."""
    if shutil.which(args[0]) is None:
        pytest.skip(f"{args[0]} is not installed")
    return subprocess.run(list(args), capture_output=True, text=True, timeout=120)


def pdf_text(path) -> str:
    """The PDF's text in drawing order, page by page (form feeds between).

    Poppler's pdftotext when installed (fast on large maps), else pypdf.
    """
    if shutil.which("pdftotext"):
        command = ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"]
        result = subprocess.run(command, capture_output=True, timeout=300)
        assert result.returncode == 0, result.stderr
        return result.stdout.decode("utf-8")
    from pypdf import PdfReader

    return "\f".join(page.extract_text() for page in PdfReader(path).pages)
