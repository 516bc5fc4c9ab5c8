"""A raw document made an article: the page extracted and cleaned, its metadata gathered.

The last step of the pages stage. What an input states (a JSON Lines record's
``title``, ``outlet``, ``published``, ``authors``) comes first, then what the
HTML says, then what the cleaned text shows. The article leaves without facts:
the NLP stage fills them.
"""

from __future__ import annotations

import hashlib
from typing import Any

from telisik.pages import dates, metadata
from telisik.pages.clean import CleanPage, clean_blocks, split_blocks
from telisik.pages.extract import HtmlPage, parse_html
from telisik.pages.repair import locate_in_body, repair, repair_field
from telisik.records import Article, RawDocument, Rejection, Repair
from telisik.text import fold

NO_TEXT = "no article text found (everything on the page is chrome, captions or bylines)"


def article_id(doc: RawDocument) -> str:
    """Stable across runs and paths: the same page gives the same id."""
    given = doc.given.get("id")
    if isinstance(given, (str, int)) and str(given).strip():
        return str(given).strip()
    digest = hashlib.sha1()
    digest.update(str(doc.given.get("url") or "").encode("utf-8", "surrogatepass"))
    digest.update(b"\n")
    digest.update(doc.content.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def prepare_article(doc: RawDocument, max_chars: int) -> Rejection | Article:
    """The clean article and its metadata, before the NLP; a ``Rejection`` when no text is left
    or the body is longer than ``max_chars``."""
    given, field_repairs = _given_repaired(doc.given)
    given_title = given.get("title") if isinstance(given.get("title"), str) else None
    html_page = None
    # the scraped text is repaired before it is cleaned (pages.repair): the body, and every
    # offset into it, is built from the repaired text
    if doc.kind == "html":
        html_page = parse_html(doc.content, url=given.get("url"))
        repaired = repair(html_page.text)
        page = clean_blocks(split_blocks(repaired.text), title=given_title or html_page.title)
    else:
        repaired = repair(doc.content)
        page = clean_blocks(split_blocks(repaired.text), title=given_title)
    if not page.paragraphs:
        return Rejection(doc.where, NO_TEXT)
    body = page.body
    if len(body) > max_chars:
        return Rejection(doc.where, f"body too long: {len(body)} characters (limit {max_chars}; --max-chars)")
    locate_in_body(repaired.text, repaired.repairs, body)
    return _article(doc, given, html_page, page, body, [*field_repairs, *repaired.repairs])


def _given_repaired(given: dict[str, Any]) -> tuple[dict[str, Any], list[Repair]]:
    """The fields the input gave with their mojibake fixed ("Borussia MÃ¶nchengladbach"), and the
    repairs made: text fields of the page (title, authors, editors), not ids or addresses."""
    fixed = dict(given)
    repairs: list[Repair] = []
    for key in _REPAIRED_FIELDS:
        value = given.get(key)
        if isinstance(value, str):
            fixed[key], made = repair_field(value, key)
            repairs += made
        elif isinstance(value, list):
            pairs = [repair_field(v, key) if isinstance(v, str) else (v, []) for v in value]
            fixed[key] = [v for v, _ in pairs]
            repairs += [r for _, made in pairs for r in made]
    return fixed, repairs


_REPAIRED_FIELDS = ("title", "author", "authors", "editors")


def _article(
    doc: RawDocument, given: dict[str, Any], html_page: HtmlPage | None, page: CleanPage, body: str, repairs: list[Repair]
) -> Article:
    url = given.get("url") or (html_page.url if html_page else None) or page.url
    html_authors, html_editors = (html_page.authors, html_page.editors) if html_page else ([], [])
    authors = metadata.merge_names(_names(given.get("authors") or given.get("author")), html_authors, page.authors)
    editors = metadata.merge_names(_names(given.get("editors")), html_editors, page.editors)
    if not authors and not editors:
        # initials ("kp/rs") stand for the names only when the page names nobody: beside a named
        # author they are codes of the newsroom's staff, not names a reader can use
        authors, editors = list(page.initials[0]), list(page.initials[1])
    return Article(
        id=article_id(doc),
        source=doc.source,
        record=doc.record,
        outlet=_outlet(given, html_page, page, url),
        url=url,
        title=page.title,
        authors=authors,
        editors=editors,
        published=_published(given, html_page, page, body),
        language=metadata.detect_language(body),
        body=body,
        captions=_captions(page, html_page, body),
        removed=page.removed,
        removed_by=page.removed_by,
        dateline=page.dateline,
        standfirst=page.standfirst,
        warnings=list(doc.warnings),
        stats={"paragraphs": len(page.paragraphs)},
        repairs=repairs,
    )


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return metadata.clean_names(value.replace("\n", ","))
    if isinstance(value, list):
        return [n for v in value if isinstance(v, str) for n in metadata.clean_names(v)]
    return []


def _outlet(given: dict[str, Any], html_page: HtmlPage | None, page: CleanPage, url: str | None) -> str | None:
    if isinstance(given.get("outlet"), str) and given["outlet"].strip():
        return metadata.normalise_outlet(given["outlet"])
    hinted = page.outlet_hints[0] if page.outlet_hints else None
    return metadata.outlet_from_url(url) or (html_page.outlet if html_page else None) or hinted


def _published(given: dict[str, Any], html_page: HtmlPage | None, page: CleanPage, body: str) -> str | None:
    if isinstance(given.get("published"), str) and given["published"].strip():
        iso = dates.parse_iso(given["published"])
        if iso:
            raw = given.get("published_raw")
            return dates.in_stated_zone(iso, raw) if isinstance(raw, str) else iso
    if html_page and html_page.published:
        return html_page.published
    if page.published:
        return dates.resolve_ambiguous(page.published, body).iso()
    return None


def _captions(page: CleanPage, html_page: HtmlPage | None, body: str) -> list[str]:
    captions = list(page.captions)
    if html_page:
        folded_body = fold(body)
        for cap in html_page.captions:
            # a caption that is also body text (photo pages) stays in the body only
            if fold(cap) not in folded_body and cap not in captions:
                captions.append(cap)
    return captions
