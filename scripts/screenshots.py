"""The README's pictures: telisik's web pages over a store of the bundled examples, as PNGs in docs/img/.

    .venv/bin/python scripts/screenshots.py [INPUTS ...] [--out docs/img] [--width 1200] [--height 900]

Builds a store from INPUTS (default: examples/) with ``telisik ingest``, serves
it with ``telisik serve`` on a free port, and saves the story list, a story,
an entity, a search, and /network and /coverage where the server has them.
Chromium is Debian's (/usr/bin/chromium or $TELISIK_CHROMIUM) driven by
Playwright, as the browser tests drive it (tests/browser.py); nothing is
downloaded. Each picture is the top of its page, ``--width`` by at most
``--height`` CSS pixels, so a PNG stays small (about 100-200 KB).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
from browser import CHROMIUM_ARGS  # noqa: E402 - the browser tests' Chromium flags, one list for both

# words to search for, the first that finds an article is shown
SEARCH_WORDS = ("kapal", "banjir", "presiden", "jakarta")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def telisik(*args: str) -> list[str]:
    return [sys.executable, "-m", "telisik", *args]


def get_json(url: str) -> object:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            code: int = response.status
            return code
    except urllib.error.HTTPError as err:
        return err.code


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """``telisik serve`` over ``db``, stopped on exit; yields its base URL once /healthz answers."""
    port = free_port()
    server = subprocess.Popen(telisik("serve", "--db", str(db), "--port", str(port)), stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if status(base + "/healthz") == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"screenshots: telisik serve did not start on port {port}")
            time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def pages_to_show(base: str) -> list[tuple[str, str]]:
    """(file name, path) of each page to picture, found through the JSON API."""
    shown = [("stories.png", "/")]
    stories = get_json(base + "/api/stories?limit=50")
    items = stories["items"] if isinstance(stories, dict) else []
    if items:
        # the story with the most outlets shows the most: its side-by-side, timeline, quotes
        best = max(items, key=lambda s: (len(s.get("outlets") or []), len(s.get("articles") or [])))
        shown.append(("story.png", f"/stories/{urllib.parse.quote(best['id'], safe='')}"))
    for word in SEARCH_WORDS:
        found = get_json(base + "/api/search?" + urllib.parse.urlencode({"q": word}))
        if isinstance(found, dict) and found.get("total"):
            shown.append(("search.png", "/search?" + urllib.parse.urlencode({"q": word})))
            break
    shown += [(f"{name}.png", f"/{name}") for name in ("network", "coverage") if status(f"{base}/{name}") == 200]
    return shown


def first_entity_link(page: object) -> str | None:
    link = page.query_selector("a[href^='/entities/']")  # type: ignore[attr-defined]
    return link.get_attribute("href") if link else None


def capture(base: str, out: Path, width: int, height: int) -> list[Path]:
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("TELISIK_CHROMIUM") or "/usr/bin/chromium"
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
        entity = None
        for name, path in pages_to_show(base):
            page.goto(base + path, wait_until="networkidle")
            if name == "story.png":
                entity = first_entity_link(page)
            written.append(shot(page, out / name))
        if entity:
            page.goto(base + entity, wait_until="networkidle")
            written.append(shot(page, out / "entity.png"))
        browser.close()
    return written


def shot(page: object, path: Path) -> Path:
    page.screenshot(path=str(path), full_page=False)  # type: ignore[attr-defined]
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="*", default=[str(REPO / "examples")], help="what to ingest (default examples/)")
    ap.add_argument("--out", default=str(REPO / "docs" / "img"), help="folder for the PNGs (default docs/img)")
    ap.add_argument("--width", type=int, default=1200)
    ap.add_argument("--height", type=int, default=900)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="telisik-shots-") as tmp:
        db = Path(tmp) / "telisik.db"
        subprocess.run(telisik("ingest", *args.inputs, "--db", str(db), "-q"), check=True)
        with serving(db) as base:
            for path in capture(base, Path(args.out), args.width, args.height):
                print(f"{path} {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
