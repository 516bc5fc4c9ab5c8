"""Debian's Chromium, driven by Playwright with no browser download.

Use from a test or fixture:

    from playwright.sync_api import sync_playwright
    from browser import launch_chromium

    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page()
        ...

The browser is /usr/bin/chromium, or $TELISIK_CHROMIUM. Where it is missing the test is
skipped, except under CI (CI=true), where it fails so that browser tests can't silently vanish.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def chromium_path() -> str:
    """The Chromium binary to use; skips (fails under CI) where there is none."""
    path = os.environ.get("TELISIK_CHROMIUM") or "/usr/bin/chromium"
    if not (Path(path).is_file() and os.access(path, os.X_OK)):
        message = f"no Chromium at {path} (apt-get install chromium, or set TELISIK_CHROMIUM)"
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return path


def launch_chromium(playwright, **kwargs):
    """A headless Chromium browser from a Playwright instance (sync or async API)."""
    return playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS, **kwargs)


# ---------------------------------------------------------------------------- a served store

REPO = Path(__file__).resolve().parent.parent
STARTUP_S = 60


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _log(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")[-5000:] if path.exists() else "(no log)"


@contextmanager
def serving(db: Path, folder: Path) -> Iterator[str]:
    """``telisik serve`` over the store ``db`` in a child process, its log in ``folder``; yields its URL once /healthz answers."""
    url = f"http://127.0.0.1:{_free_port()}"
    log = folder / "server.log"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))}
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "telisik", "serve", "--db", str(db), "--port", url.rsplit(":", 1)[1]],
            cwd=folder,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + STARTUP_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"telisik serve exited with {proc.returncode} before answering:\n{_log(log)}", pytrace=False)
            try:
                with urllib.request.urlopen(url + "/healthz", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"telisik serve did not answer /healthz within {STARTUP_S} s:\n{_log(log)}", pytrace=False)
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
