"""HTML pages: main text from the outlet's known article element or through trafilatura, captions and headline from the markup.

A page of an outlet with a row in ``data/containers.tsv`` is read from that element
directly (lxml); trafilatura extracts the pages of other outlets, and those whose element
is missing or holds too little text. trafilatura's metadata is read only for the fields
the markup does not declare. A home or index page (headline lists, no article declared)
is rejected once trafilatura's first, fast pass finds no article in it.

The text trafilatura extracts then goes through the same chrome cleaning as
scraped text (``telisik.pages.clean``), so "Baca juga" links and lists of other
headlines that survive extraction are dropped the same way.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from html import unescape
from importlib import resources
from urllib.parse import urlsplit

import trafilatura
from courlan import extract_domain
from htmldate import find_date
from lxml import etree
from lxml import html as lxml_html
from lxml.etree import ParserError, XMLSyntaxError
from trafilatura.metadata import META_URL, examine_meta, extract_author, extract_meta_json, extract_sitename, extract_title, extract_url
from trafilatura.settings import DEFAULT_CONFIG, Document, set_date_params
from trafilatura.utils import decode_file, is_dubious_html, line_processing, repair_faulty_html
from trafilatura.xpaths import OVERALL_DISCARD_XPATH, REGEXP_NS

from telisik.lang import word_list
from telisik.pages import dates, metadata
from telisik.pages.clean import words
from telisik.text import fold, normalise

log = logging.getLogger(__name__)

# Below this much text the precise extraction probably missed the article
# (photo pages, unusual templates), and the default one is tried.
_MIN_TEXT_CHARS = 250
# A page that lists at least this many links (<a href>), declares no article and whose precise extraction finds
# too little is a home or index page (``_is_index``): a small page of few links keeps the slow extractions
_INDEX_LINKS = 50


@dataclass
class HtmlPage:
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    outlet: str | None = None
    captions: list[str] = field(default_factory=list)
    description: str | None = None


class HtmlError(ValueError):
    """The page cannot be parsed as HTML, or holds no article text."""


_META_KEYS = ("property", "name", "itemprop")


def _meta_tags(tree: lxml_html.HtmlElement) -> dict[str, list[str]]:
    """The content of the page's <meta> tags by each name they carry (property, name or itemprop), in page order.

    One walk of the page for all the names ``_meta`` asks, where an XPath a name walked the page a dozen times."""
    found: dict[str, list[str]] = {}
    for el in tree.getroottree().iter("meta"):
        content = el.get("content") or ""
        for key in dict.fromkeys(value for k in _META_KEYS if (value := el.get(k)) is not None):
            found.setdefault(key, []).append(content)
    return found


def _meta(tags: dict[str, list[str]], *names: str) -> str | None:
    """The first non-empty content of a <meta> tag named by the first of ``names`` that has one."""
    for name in names:
        for content in tags.get(name, ()):
            value = content.strip()
            if value:
                return value
    return None


def _json_ld(tree: lxml_html.HtmlElement) -> list[dict]:
    found = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "")
        except (json.JSONDecodeError, ValueError):
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        found += [item for item in items if isinstance(item, dict)]
    return found


def _ld_article_type(kind: object) -> bool:
    """A JSON-LD ``@type`` of an article: "NewsArticle", "BlogPosting", or a list holding one (["NewsArticle"])."""
    kinds = kind if isinstance(kind, list) else [kind]
    return any(str(k).endswith(("Article", "Posting")) for k in kinds)


def _ld_text(item: dict, key: str) -> str | None:
    value = item.get(key)
    return value if isinstance(value, str) and value.strip() else None


_SEPARATORS = re.compile(r"\s+[|\-–—:»]\s+|\s*:\s+|\s+[|–—»]\s*")


_SECTION_END = re.compile(r"\s+[-–—|]\s+([^-–—|:]{1,30}?)\s*:?$")


def _strip_site_name(title: str, site_names: list[str]) -> str:
    """'Headline - Kompas.com' -> 'Headline'; 'KapanLagi.com: Headline' -> 'Headline'."""
    names = {fold(n) for n in site_names if n}
    names |= {n.replace(" com", "").strip() for n in names}
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    for _ in range(2):
        if len(parts) > 1 and any(n and (fold(parts[-1]).startswith(n) or n.startswith(fold(parts[-1]))) for n in names):
            title = title[: title.rfind(parts[-1])].rstrip(" |-–—:»")
            parts = parts[:-1]
            section = _SECTION_END.search(title)
            if section and words(section[1]) <= 2 and words(title[: section.start()]) >= 3:
                # "Headline - Health :: Okezone Lifestyle": the section between the headline and the site
                title = title[: section.start()]
                parts = _SEPARATORS.split(title)
        if len(parts) > 1 and any(n and fold(parts[0]).startswith(n) for n in names):
            title = title[len(parts[0]) :].lstrip(" |-–—:»")
            parts = parts[1:]
    return title.strip()


def _choose_title(tree: lxml_html.HtmlElement, candidates: list[str | None], site_names: list[str]) -> str | None:
    """The headline the publisher declares (og:title, <title>), cleaned of the site name.

    The <h1> steps in when the declared title carries more than the headline
    ("Kapanlagi.com: Musik - Headline") and the site-name stripping left some of it.
    """
    named = [normalise(c) for c in candidates if c and normalise(c)]
    cleaned = next((t for t in (_strip_site_name(c, site_names) for c in named) if words(t) >= 2), None)
    for h1 in tree.xpath("//h1")[:5]:
        text = normalise(h1.text_content())
        if 3 <= words(text) <= 40 and any(fold(text) in fold(c) for c in named):
            if cleaned is None or fold(text) != fold(cleaned):
                return text
            break
    return cleaned


def _captions(tree: lxml_html.HtmlElement) -> list[str]:
    found: list[str] = []
    nodes = tree.xpath("//figcaption | //*[contains(@class, 'caption') and not(self::body) and not(self::html)]")
    for node in nodes:
        text = normalise(node.text_content())
        if text and words(text) <= 80 and text not in found:
            found.append(text)
    return found


@cache
def _byline_class() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(c) for c in sorted(word_list("id", "byline_classes.txt"))))


def _byline_nodes(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The first 20 elements, in document order, whose class or id holds a byline word.

    One regex over each element's class and id: the XPath of one ``contains()`` per
    word and attribute cost a tenth of the page's extraction."""
    search = _byline_class().search
    found = []
    for node in tree.iter(etree.Element):
        if search(node.get("class") or "") or search(node.get("id") or ""):
            found.append(node)
            if len(found) == 20:
                break
    return found


def _byline_boxes(tree: lxml_html.HtmlElement) -> tuple[list[str], list[str]]:
    """Names from byline boxes ("Penulis: X | Editor: Y"), which extraction often drops."""
    authors: list[str] = []
    editors: list[str] = []
    for node in _byline_nodes(tree):
        text = normalise(node.text_content())
        if not text or words(text) > 30:
            continue
        found = metadata.parse_byline(text)
        if found:
            authors = metadata.merge_names(authors, found["author"])
            editors = metadata.merge_names(editors, found["editor"])
    return authors, editors


_BLOCK_TAGS = {
    *("p", "div", "li", "ul", "ol", "section", "article", "blockquote", "table", "tr", "td", "h1", "h2", "h3", "h4", "h5", "h6"),
    # table heads and definition lists: "<th>Wilayah</th><th>Pompa</th>" is two cells, not "WilayahPompa"
    *("th", "dl", "dt", "dd", "pre", "main", "address", "center", "caption"),
}
BREAK = "\x1e"  # a record separator: raw newlines inside a paragraph are not breaks
_SKIP_TAGS = {
    *("script", "style", "noscript", "figcaption", "figure", "nav", "aside", "footer", "header", "form", "button"),
    # form controls, players' fallback text ("Browser Anda tidak mendukung video"), drawings, embeds: never article text
    *("select", "option", "video", "audio", "svg", "textarea", "label", "iframe", "object", "embed", "template", "canvas", "input"),
}
# What trafilatura's precise extraction discards inside the article (share, tag and related boxes,
# consent banners, hidden text), as XPath text: a compiled ``etree.XPath`` may not be shared by threads.
_DISCARD_XPATHS = tuple(xpath.path for xpath in OVERALL_DISCARD_XPATH)
# Hidden elements (a page may show readers one text and feed a reader of the markup another) and
# photo captions outside <figure> (``HtmlPage.captions`` holds them; in the body they would count twice)
_HIDDEN_OR_CAPTION = (
    ".//*[@hidden or @aria-hidden='true' or contains(translate(@style, ' ', ''), 'display:none') or contains(@class, 'caption')]"
)


def _text_with_breaks(element: lxml_html.HtmlElement, skip: frozenset[lxml_html.HtmlElement] = frozenset()) -> str:
    """An element's text, with BREAK at every <br> and block boundary (and only there); ``skip``: elements left out."""
    parts: list[str] = []

    def walk(node: lxml_html.HtmlElement, top: bool) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag and tag not in _SKIP_TAGS and node not in skip:
            if tag == "br" or tag in _BLOCK_TAGS:
                parts.append(BREAK)
            parts.append(node.text or "")
            for child in node:
                walk(child, False)
            if tag in _BLOCK_TAGS:
                parts.append(BREAK)
        if not top and node.tail:
            parts.append(node.tail)

    walk(element, True)
    return "".join(parts)


def _block_text(node: lxml_html.HtmlElement, skip: frozenset[lxml_html.HtmlElement] = frozenset()) -> str:
    """An element's text, one line a paragraph (block or <br>), without scripts, figures, navigation and ``skip``."""
    lines = (normalise(line.replace("\n", " ")) for line in _text_with_breaks(node, skip).split(BREAK))
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class _Container:
    """An outlet's element holding the main text on pages of one shape (``data/containers.tsv``),
    and the elements inside it that are not the article (breadcrumbs, photo boxes, widgets)."""

    shape: str
    find: str  # XPath, compiled by lxml on each use: a compiled ``etree.XPath`` may not be shared by threads
    leave_out: str | None


# "div#content_news", "div.read__content", ".article", "#isi": a tag, an id, whole class tokens
_SELECTOR = re.compile(r"([a-z][a-z0-9]*)?(?:#([\w-]+))?((?:\.[\w-]+)*)")


def selector_xpath(selector: str, within: bool = False) -> str:
    """The XPath of a simple CSS selector (tag, #id, .class tokens): ``ValueError`` for anything else.

    ``within``: the elements under the context node, not in the whole document."""
    m = _SELECTOR.fullmatch(selector.strip())
    if not m or not any(m.groups()):
        raise ValueError(f"container selector not understood: {selector!r}")
    tag, ident, classes = m.groups()
    tests = [f"@id='{ident}'"] if ident else []
    tests += [f"contains(concat(' ', normalize-space(@class), ' '), ' {c} ')" for c in classes.split(".") if c]
    return f"{'.' if within else ''}//{tag or '*'}" + "".join(f"[{t}]" for t in tests)


def _container_row(cols: list[str]) -> tuple[str, _Container]:
    host, shape, selector = cols[:3]
    drops = [d.strip() for d in cols[3].split(",") if d.strip()] if len(cols) > 3 else []
    leave_out = " | ".join(selector_xpath(d, within=True) for d in drops) if drops else None
    # pages are looked up by their registrable host: a row written "www.kompas.com" must still match
    return metadata.registrable_host(host), _Container(shape, selector_xpath(selector), leave_out)


@cache
def containers() -> dict[str, tuple[_Container, ...]]:
    """The rows of ``data/containers.tsv`` by registrable host, in the file's order."""
    text = resources.files("telisik.data").joinpath("containers.tsv").read_text(encoding="utf-8")
    found: dict[str, list[_Container]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            host, row = _container_row([col.strip() for col in line.split("\t")])
            found.setdefault(host, []).append(row)
    return {host: tuple(rows) for host, rows in found.items()}


@cache
def _hosts_of_outlet() -> dict[str, tuple[str, ...]]:
    """Each outlet's hosts, in ``outlets.tsv``'s order: an outlet may run several (Kompas: kompas.com, kompas.id)."""
    found: dict[str, list[str]] = {}
    for host, name, _ in metadata.outlet_rows():
        found.setdefault(name, []).append(host)
    return {name: tuple(hosts) for name, hosts in found.items()}


def _left_out(node: lxml_html.HtmlElement, row: _Container) -> frozenset[lxml_html.HtmlElement]:
    """The elements inside an article element that are not the article: the row's own, what trafilatura's
    precise extraction discards, hidden elements and captions."""
    found = set(node.xpath(row.leave_out)) if row.leave_out else set()
    for xpath in _DISCARD_XPATHS:
        found.update(node.xpath(xpath, namespaces={"re": REGEXP_NS}))
    found.update(node.xpath(_HIDDEN_OR_CAPTION))
    return frozenset(found)


def _container_text(tree: lxml_html.HtmlElement, outlet: str | None) -> str | None:
    """The main text read from the outlet's known article element; None when the outlet has
    no row, or no row's element is on the page with enough text (the general extractor's turn).

    The outlet is the page's (its URL, else its declared site name): the rows of all its hosts are tried."""
    table = containers()
    for host in _hosts_of_outlet().get(outlet, ()) if outlet else ():
        for row in table.get(host, ()):
            for node in tree.xpath(row.find)[:1]:
                text = _block_text(node, _left_out(node, row))
                if len(text) >= _MIN_TEXT_CHARS:
                    return text
    return None


def _recover_lead(tree: lxml_html.HtmlElement, text: str) -> str:
    """Put back a lead paragraph that precise extraction dropped.

    Leads often stand as loose text full of links (the outlet's dateline in
    bold, linked names) before the first <p>, and link-dense text is what a
    precise extractor discards. The paragraphs that sit in the same container
    right before the first extracted paragraph are taken back.
    """
    first = next((normalise(line) for line in text.splitlines() if words(normalise(line)) >= 8), None)
    if not first:
        return text
    probe = " ".join(first.split()[:8])
    found = tree.xpath("//body//*[contains(normalize-space(.), $probe)]", probe=probe)
    if not found:
        return text
    node = found[-1]  # the deepest element holding the first paragraph
    folded = fold(text)
    for container in (node, node.getparent()):
        if container is None:
            break
        lines = _block_text(container).split("\n")
        at = next((i for i, line in enumerate(lines) if probe in line), None)
        if not at:
            continue
        lead: list[str] = []
        for line in reversed(lines[:at]):
            if words(line) < 12 or not re.search(r"[.!?\"”]$", line):
                break
            lead.insert(0, line)
        lead = [line for line in lead if fold(line) not in folded]
        if lead:
            return "\n".join(lead) + "\n" + text
    return text


# The most attributes one tag may have. Parsing a tag costs the square of its attributes:
# libxml2 checks each new attribute against the tag's earlier ones, and lxml's
# ``attrib.items()``, which htmldate's date search reads on every element, is quadratic
# too. One <div> of 200,000 attributes (a 2.3 MB page) took 166 s; real tags have tens.
MAX_ATTRIBUTES = 1000
# A start tag: "<name" and what follows up to its ">", a quoted value taken whole (a ">" may
# stand in one). Each alternative begins with its own character, so the scan never backtracks
# and finds every tag in one pass over the page.
_START_TAG = re.compile(r"""<([A-Za-z][^\s/>]*)(?:[^>"']+|"[^"]*"|'[^']*')*""")
_QUOTED = re.compile(r""""[^"]*"|'[^']*'""")
_UNQUOTED_VALUE = re.compile(r"=\s*[^\s>]*")


def _attribute_count(tag: str) -> int:
    """About how many attributes a start tag has: its words once its values are dropped."""
    return len(_UNQUOTED_VALUE.sub(" ", _QUOTED.sub("", tag)).split()) - 1


def check_markup(content: str) -> None:
    """Refuse, in one linear pass, markup whose parsing would cost the square of its size
    (a tag with over ``MAX_ATTRIBUTES`` attributes): ``HtmlError``.

    Deep nesting needs no check: libxml2 stops descending at 256 levels, cheaply.
    """
    for m in _START_TAG.finditer(content):
        # an attribute takes two characters at least (" a"): only long tags can have too many
        if m.end() - m.start() > 2 * MAX_ATTRIBUTES and _attribute_count(m[0]) > MAX_ATTRIBUTES:
            raise HtmlError(f"HTML tag with over {MAX_ATTRIBUTES} attributes (<{m[1][:20]}> at character {m.start()}); not parsed")


def _class_lookup() -> etree.ElementNamespaceClassLookup:
    """``lxml.html``'s element classes (``HtmlElementClassLookup``: a form is a ``FormElement``, any other tag an
    ``HtmlElement``) chosen inside lxml: that lookup is a Python method, called each time an element of the tree is
    touched anew (some 3,000 times a page in trafilatura's extraction)."""
    lookup = etree.ElementNamespaceClassLookup(
        etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement,
            comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction,
            entity=lxml_html.HtmlEntity,
        )
    )
    tags = lookup.get_namespace(None)
    tags.update(lxml_html.HtmlElementClassLookup._default_element_classes)  # noqa: SLF001 - lxml.html's own table
    return lookup


# trafilatura's parser (``trafilatura.utils.HTML_PARSER``: its settings), giving the same elements faster
_PARSER = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True)
_PARSER.set_element_class_lookup(_class_lookup())


def _parse(content: str) -> lxml_html.HtmlElement | None:
    """``trafilatura.utils.load_html(content)``, step by step, with ``_PARSER``: the same tree."""
    content = decode_file(content)
    beginning = content[:50].lower()
    dubious = is_dubious_html(beginning)
    content = repair_faulty_html(content, beginning)
    tree, as_bytes = None, False
    try:
        tree = lxml_html.fromstring(content, parser=_PARSER)
    except ValueError:  # "Unicode strings with encoding declaration are not supported": its UTF-8 then
        tree, as_bytes = _parse_bytes(content), True
    except Exception:  # noqa: BLE001 - as trafilatura: its UTF-8 then
        log.debug("lxml could not parse the page's text", exc_info=True)
    if (tree is None or len(tree) < 1) and not as_bytes:
        tree = _parse_bytes(content)
    if tree is not None and dubious and len(tree) < 2:
        return None
    return tree


def _parse_bytes(content: str) -> lxml_html.HtmlElement | None:
    try:
        tree: lxml_html.HtmlElement = lxml_html.fromstring(content.encode("utf8", "surrogatepass"), parser=_PARSER)
    except Exception:  # noqa: BLE001 - as trafilatura: no tree
        return None
    return tree


def _load(content: str) -> lxml_html.HtmlElement:
    """The page's tree, as trafilatura builds it (its extraction is tuned to that tree); ``HtmlError`` if none."""
    check_markup(content)
    try:
        tree = _parse(content)
    except (ParserError, XMLSyntaxError, ValueError) as err:
        raise HtmlError(f"malformed HTML ({err})") from err
    if tree is None:
        raise HtmlError("malformed HTML (no document could be parsed)")
    return tree


@dataclass
class _Declared:
    """What the markup states about the article, read before extraction."""

    url: str | None
    site_name: str | None
    published: str | None
    captions: list[str]
    box_authors: list[str]
    box_editors: list[str]
    title_candidates: list[str | None]
    description: str | None
    # the page calls itself an article: og:type "article" or a JSON-LD article (``NewsArticle``, ``BlogPosting``...)
    article: bool = False


def _declared(tree: lxml_html.HtmlElement, url: str | None) -> _Declared:
    ld = _json_ld(tree)
    ld_article = next((d for d in ld if _ld_article_type(d.get("@type"))), {})
    tags = _meta_tags(tree)
    url = url or _meta(tags, "og:url") or (tree.xpath('string(//link[@rel="canonical"]/@href)') or None)
    site_name = _meta(tags, "og:site_name", "application-name", "twitter:site")
    published = _meta(tags, "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate")
    published = published or _ld_text(ld_article, "datePublished")
    captions = _captions(tree)
    box_authors, box_editors = _byline_boxes(tree)
    title_candidates = [
        _meta(tags, "og:title", "twitter:title"),
        _ld_text(ld_article, "headline"),
        normalise(tree.findtext(".//title") or ""),
    ]
    description = _meta(tags, "og:description", "description")
    article = bool(ld_article) or "article" in (_meta(tags, "og:type") or "").lower()
    return _Declared(url, site_name, published, captions, box_authors, box_editors, title_candidates, description, article)


class _Fallback:
    """trafilatura's metadata, each field read on first use.

    The declared metadata (``_Declared``) answers on most news pages; trafilatura's
    own reading (author XPaths over a copy of the tree, htmldate's search of the whole
    page, categories, tags, licence) cost a sixth of trafilatura's work on a page, paid
    on every page for fields read on few. Each field here is what
    ``trafilatura.metadata.extract_metadata`` gives for it.
    """

    def __init__(self, tree: lxml_html.HtmlElement, url: str | None):
        self.tree = tree
        self.given_url = url

    @cached_property
    def _meta(self) -> Document:
        found = examine_meta(self.tree)
        if found.author and " " not in found.author:
            found.author = None
        try:
            found = extract_meta_json(self.tree, found)
        except Exception:  # noqa: BLE001 - as trafilatura: a bug in its JSON-LD reading leaves the meta tags
            log.debug("trafilatura could not read the page's JSON-LD", exc_info=True)
        return found

    @cached_property
    def title(self) -> str | None:
        return _trimmed(self._meta.title or extract_title(self.tree))

    @cached_property
    def author(self) -> str | None:
        return _trimmed(self._meta.author or extract_author(self.tree))

    @cached_property
    def date(self) -> str | None:
        extensive = DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH")  # as bare_extraction's default
        params = {**set_date_params(extensive), "url": self._meta.url or self.given_url}
        return _trimmed(find_date(self.tree, **params))

    @cached_property
    def _url(self) -> str | None:
        return self._meta.url or extract_url(self.tree, self.given_url)

    @cached_property
    def hostname(self) -> str | None:
        return _trimmed(extract_domain(self._url, fast=True)) if self._url else None

    @cached_property
    def sitename(self) -> str | None:
        name = self._meta.sitename or extract_sitename(self.tree)
        if name:
            name = name.lstrip("@")
            if name and "." not in name and not name[0].isupper():
                name = name.title()
        elif self._url and (host := META_URL.match(self._url)):
            name = host[1]  # no site name declared: the URL's host, as extract_metadata gives it
        return _trimmed(name)


def _trimmed(value: str | None) -> str | None:
    """A metadata field as trafilatura's ``Document.clean_and_trim`` leaves it."""
    if not value:
        return value
    if len(value) > 10000:
        value = value[:9999] + "…"
    return line_processing(unescape(value))


def _bare(source: lxml_html.HtmlElement | str, url: str | None, favor_precision: bool, fast: bool) -> Document | None:
    doc = trafilatura.bare_extraction(source, url=url, favor_precision=favor_precision, fast=fast, include_comments=False)
    return doc if isinstance(doc, Document) else None  # a dict only with as_dict=True


# A paragraph of running text: this many words at least, ending as a sentence ends (a list of
# other headlines, menus and credits do not)
_PARAGRAPH_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?\"”]$")


def _trigrams(text: str) -> set[tuple[str, ...]]:
    tokens = fold(text).split()
    return set(zip(tokens, tokens[1:], tokens[2:], strict=False))


def _missed_paragraphs(tree: lxml_html.HtmlElement, text: str) -> int:
    """How many characters of the page's paragraphs of running text ``text`` lacks (one walk of the page).

    A paragraph counts as kept when half its word trigrams are in ``text``: the lines of
    trafilatura and of this walk may part at different places."""
    body = tree.find("body")
    if body is None:
        return 0
    kept = _trigrams(text)
    missed = 0
    for line in _block_text(body).split("\n"):
        if words(line) >= _PARAGRAPH_WORDS and _SENTENCE_END.search(line):
            grams = _trigrams(line)
            if len(grams & kept) * 2 < len(grams):
                missed += len(line)
    return missed


def _fast_is_whole(tree: lxml_html.HtmlElement, doc: Document) -> bool:
    """Whether the fast precise extraction holds the article, so that the second opinion (readability,
    jusText) would not change it: it has paragraphs (<p>), and the page holds no running text it lacks
    amounting to half its own length (an article split by an ad box, its tail in loose text or
    <span> lines). Otherwise the fast reading may have stopped at the first part of the article."""
    text = doc.text or ""
    has_paragraphs = doc.body is not None and bool(doc.body.xpath(".//p//text()"))
    return has_paragraphs and 2 * _missed_paragraphs(tree, text) < len(text)


def _is_index(tree: lxml_html.HtmlElement, declared: _Declared) -> bool:
    """Whether the page is a home or index page, not an article: it declares no article (no og:type "article",
    no JSON-LD article, no publication date, or a date on the site's root URL, as a home page may carry) and lists
    many links. Asked only where the precise extraction found too little text: the extractions that would follow
    (the second opinion, the default one, trafilatura's recall retry) turn its headline lists into an "article"."""
    if declared.article or (declared.published and not _site_root(declared.url)):
        return False
    if next(itertools.islice(tree.iterfind(".//a[@href]"), _INDEX_LINKS - 1, None), None) is None:
        return False
    return not _has_loose_text(tree)


# tags whose own text is no running text of the page
_NOT_PROSE = frozenset({"script", "style", "noscript", "a", "head", "title", "option", "template"})


def _has_loose_text(tree: lxml_html.HtmlElement) -> bool:
    """Whether an element holds _MIN_TEXT_CHARS of running text of its own, outside links (its text and its
    children's tails): an article written in a <div> with <br> between paragraphs, which the precise extraction
    misses and the later ones find; a home page's teasers are short pieces in their own elements."""
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _NOT_PROSE:
            continue
        own = (el.text or "") + "".join(child.tail or "" for child in el)
        if len(own) >= _MIN_TEXT_CHARS and len(" ".join(own.split())) >= _MIN_TEXT_CHARS:
            return True
    return False


def _site_root(url: str | None) -> bool:
    return bool(url) and urlsplit(url or "").path.strip("/") == ""


def _extract(tree: lxml_html.HtmlElement, declared: _Declared) -> str:
    """The article text: precise extraction, the default one when that finds too little.

    The precise one runs fast first (no second opinion from readability and jusText,
    which costs as much as the extraction itself): on most news pages the precise rules
    alone keep the whole article, and a cheap check (``_fast_is_whole``) says so. Where
    they find too little or the page holds more running text (a lead in loose text, an
    article split by an ad box, a page of unusual markup) the second opinion is asked,
    then the default extraction. Where the fast one finds too little on a home or index
    page (``_is_index``, asked only then), the page is rejected: the others would only read its lists."""
    text = ""
    # trafilatura works on a copy of a tree it is given: ``tree`` is still the page as parsed
    for precise, fast in ((True, True), (True, False), (False, False)):
        doc = _bare(tree, declared.url, favor_precision=precise, fast=fast)
        if doc is not None and doc.text and len(doc.text) > len(text):
            text = doc.text
        if len(text) < _MIN_TEXT_CHARS:
            if fast and _is_index(tree, declared):
                raise HtmlError("not an article: a home or index page (links, no article text or metadata)")
            continue
        if not fast or (doc is not None and _fast_is_whole(tree, doc)):
            break
    if not text.strip():
        raise HtmlError("no article text found in the HTML")
    return text


def _outlet(declared: _Declared, meta: _Fallback) -> str | None:
    """The outlet: from the URL, the declared site name, then trafilatura's host and site name."""
    site_name = declared.site_name
    outlet = metadata.outlet_from_url(declared.url) or (metadata.normalise_outlet(site_name) if site_name else None)
    if not outlet:
        outlet = metadata.outlet_from_host(meta.hostname or "") or (metadata.normalise_outlet(meta.sitename) if meta.sitename else None)
    return outlet


def _published(declared: _Declared, meta: _Fallback) -> str | None:
    iso = dates.parse_iso(declared.published) if declared.published else None
    if not iso and meta.date:
        iso = dates.parse_iso(meta.date)
    return iso


def _authors(declared: _Declared, meta: _Fallback) -> list[str]:
    """A labelled byline box says who wrote and who edited; trafilatura's author
    field runs the two together ("Reporter X | Editor Y"), so it only fills in."""
    if not declared.box_authors and not declared.box_editors and meta.author:
        return metadata.clean_names(meta.author.replace(";", ","))
    return declared.box_authors


def parse_html(content: str, url: str | None = None) -> HtmlPage:
    """Extract an article from an HTML page: the outlet's container first, trafilatura when that finds nothing."""
    tree = _load(content)
    declared = _declared(tree, url)
    meta = _Fallback(tree, declared.url)
    outlet = _outlet(declared, meta)
    text = _container_text(tree, outlet)
    if text is None:
        text = _recover_lead(tree, _extract(tree, declared))
    return HtmlPage(
        text=text,
        title=_title(tree, declared, meta, outlet),
        url=declared.url,
        published=_published(declared, meta),
        authors=_authors(declared, meta),
        editors=declared.box_editors,
        outlet=outlet,
        captions=declared.captions,
        description=declared.description,
    )


# A title still ending in a host name after the declared names were stripped ("... - mediaindonesia.com")
_ENDS_IN_HOST = re.compile(r"\s[-|–—:»]\s*[\w-]+(?:\.[\w-]+)+\s*$")


def _title(tree: lxml_html.HtmlElement, declared: _Declared, meta: _Fallback, outlet: str | None) -> str | None:
    """The headline; trafilatura's title and site names are read only when the declared ones
    (the site name, the outlet and its hosts) leave it open or a host name still ends it."""
    site_names = [n for n in (declared.site_name, outlet, *_hosts_of_outlet().get(outlet or "", ())) if n]
    title = _choose_title(tree, declared.title_candidates, site_names)
    if title is not None and site_names and not _ENDS_IN_HOST.search(title):
        return title
    site_names = [n for n in (declared.site_name, meta.sitename, meta.hostname, outlet) if n]
    return _choose_title(tree, [*declared.title_candidates, meta.title], site_names)
