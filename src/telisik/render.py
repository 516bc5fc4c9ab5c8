"""Write an analysis: ``analysis.json`` (the contract) and ``report.html`` (for people).

Page text is untrusted: the report is rendered with autoescaping on, and only
http(s) URLs become links.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape

from telisik import __version__


def safe_url(url: str) -> bool:
    try:
        return urlsplit(url).scheme in ("http", "https")
    except ValueError:
        return False


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("telisik", "templates"), autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals["safe_url"] = safe_url
    return env


def render_report(analysis: dict[str, Any]) -> str:
    template = _environment().get_template("report.html.j2")
    return template.render(
        articles=analysis.get("articles", []),
        rejected=analysis.get("rejected", []),
        version=__version__,
    )


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def write_outputs(analysis: dict[str, Any], out_dir: str | os.PathLike[str]) -> tuple[Path, Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    json_path, html_path = out / "analysis.json", out / "report.html"
    _write_atomic(json_path, json.dumps(analysis, ensure_ascii=False, indent=1))
    _write_atomic(html_path, render_report(analysis))
    return json_path, html_path
