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
