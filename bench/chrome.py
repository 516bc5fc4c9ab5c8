"""Page chrome in scraped news: lines of it in the raw text, and left in telisik's bodies.

    python bench/chrome.py [--corpus ../shared/data/corpus/indonews_jun2025.jsonl.gz]
                           [--limit N] [--outlet detik] [--families] [--show FAMILY]

For each outlet of the corpus: the number of chrome lines in the scraped
``text`` (before) and in the article bodies telisik's pages stage makes of
the same records (after; ``prepare_article`` only, no NLP), and the share of
articles with any chrome line.

"Chrome line" is defined here by a short list of families written as regular
expressions (``FAMILIES``), independently of the cleaner's own rules: "Baca
juga" / "Simak" / "Lihat juga" lines, "[Gambas:...]" widgets, ADVERTISEMENT
and "scroll to continue", share and follow prompts, copyright lines, tag lists,
editor-initial lines, related "Video:" lines, promos ("Ikuti Whatsapp
Channel", "Artikel sudah lebih dulu tayang", "Pastikan kamu sudah install aplikasi WhatsApp"),
a fact-check desk's blurb and disclaimers, embedded posts and widgets ("A post
shared by", "Daftar Isi"), photo credits. The counts are a
LOWER BOUND: chrome of kinds not listed, and chrome run into a line of
article text, are not counted. A body line is one paragraph of the body.

``--families`` adds a table per family; ``--show FAMILY`` prints the lines
of that family left in bodies (to read them).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from corpus_records import article, records

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "data" / "corpus" / "indonews_jun2025.jsonl.gz"

_I = re.IGNORECASE
# Families of chrome lines. Each pattern is searched in one stripped line; a line
# counts once, under the first family that matches. Lines over MAX_WORDS words
# are running text and never count (scraped bodies may come as one long line).
FAMILIES: dict[str, list[re.Pattern[str]]] = {
    "read_also": [
        re.compile(r"^(baca|lihat|simak|tonton|saksikan|cek)\s+(juga|pula|selengkapnya|berita|artikel|video|live)\b", _I),
        re.compile(r"^(berita|artikel|video)\s+(terkait|lainnya|rekomendasi|pilihan|populer|terpopuler|terkini)\b", _I),
        re.compile(r"^(baca|lihat|simak)\s*:", _I),
    ],
    "gambas": [re.compile(r"\[gambas:[^\]]*\]", _I)],
    "advert": [
        re.compile(r"^(advertisement|iklan|sponsored|scroll\s+to\s+continue\s+with\s+content|scroll\s+untuk\s+melanjutkan\b.*)$", _I),
    ],
    "share_follow": [
        re.compile(
            r"^(ikuti|follow)\s+(juga\s+)?"
            r"(kami|kanal|channel|saluran|akun|berita|update|informasi|whatsapp|instagram|twitter|tiktok|youtube)\b",
            _I,
        ),
        re.compile(r"\b(whatsapp|telegram)\s+(channel|grup|group)\b|\bsaluran\s+whatsapp\b|\bgoogle\s+news\b", _I),
        re.compile(r"^(bagikan|share)\s*(artikel|berita|ke|via|:|$)", _I),
    ],
    "copyright": [re.compile(r"(^|\s)(©|\(c\)|copyright)\s*@?\s*\d{4}|hak\s+cipta\s+dilindungi|all\s+rights\s+reserved", _I)],
    "promo": [
        re.compile(r"^(artikel|berita)\s+(ini\s+)?(sudah|telah)\s+(lebih\s+dulu\s+)?(tayang|terbit|dipublikasikan|naik)\b", _I),
        re.compile(r"\bselengkapnya\s+klik\s+di\s?sini\b", _I),
        re.compile(r"^(download|unduh)\s+(aplikasi|apps?)\b", _I),
        # the app a channel promo needs: ". Pastikan kamu sudah install aplikasi WhatsApp ya."
        re.compile(r"^\W*pastikan\s+\S+\s+(sudah\s+)?(install|instal|pasang|unduh|download)\s+aplikasi\b", _I),
        re.compile(r"^(segera\s+)?(download|unduh)\s+aplikasi\b", _I),
        re.compile(r"\bkalau\s+bukan\s+sekarang,?\s+kapanlagi\b|^\W*membaca\s+bagi\s+pikiran\b", _I),
        re.compile(r"^\[?[^.!?\]]{0,100}\bklik\s*di\s?sini\s*[.!]?\]?$", _I),
    ],
    # a fact-check desk's closing blurb, disclaimers
    "desk_blurb": [
        re.compile(r"\bchatbot\s+whatsapp\b|\bfact[\s-]?checking\s+network\b|^melawan\s+hoaks\b", _I),
        re.compile(r"\bsilah?kan\s+menyampaikan\s+di\s+e-?mail\b|^halo,?\s+pembaca\s+nawala\b", _I),
        re.compile(r"^disclaimer\s*:", _I),
    ],
    # embedded posts and page widgets left as text
    "widget": [
        re.compile(r"^(view\s+this\s+post\s+on\s+instagram|a\s+post\s+shared\s+by)\b", _I),
        re.compile(r"^(berikan\s+rating|thanks\s+for\s+rating|geser\s+untuk\s+melihat|daftar\s+isi\s*$)", _I),
    ],
    # "Video: <headline>", "Video <Headline In Title Case>": a related video's link
    "video_related": [
        re.compile(r"^video\s*:\s+\S.*[^.!?,;:]$", _I),
        re.compile(r"^Video(\s+([A-Z0-9\"'‘“][^\s]*|di|ke|dan|yang|dari|soal|untuk|usai|jadi|vs|hingga)){3,}$"),
    ],
    "editor_initials": [
        re.compile(r"^\(?[a-z]{2,5}(/[a-z]{2,5})+\)?$"),
        re.compile(r"^\((\*|[A-Z][\w.'’]*(\s+[A-Z][\w.'’]*){0,3})\)$"),
    ],
    "photo_credit": [
        re.compile(r"^\(?(foto|sumber\s+foto|ilustrasi|dok\.?|kredit\s+foto)\s*:\s*\S.{0,80}$", _I),
        re.compile(r"^[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,4}\s*/\s*[A-Z][\w.-]*(\s+[A-Z][\w.-]*)?$"),
    ],
}
MAX_WORDS = 30
# a tag list: a run of at least TAG_RUN short lower-case lines with no sentence punctuation
_TAG_LINE = re.compile(r"^[a-z][a-z0-9 .&/'’-]*$")  # a letter first: "1 sdt garam" is a recipe line
TAG_MAX_WORDS = 6
TAG_RUN = 2


def line_family(line: str) -> str | None:
    """The chrome family of one line, or None."""
    line = line.strip()
    if not line or len(line.split()) > MAX_WORDS:
        return None
    for name, patterns in FAMILIES.items():
        if any(p.search(line) for p in patterns):
            return name
    return None


def _tag_like(line: str) -> bool:
    line = line.strip()
    return bool(_TAG_LINE.match(line)) and len(line.split()) <= TAG_MAX_WORDS and not line.endswith(".")


def chrome_lines(lines: list[str]) -> list[tuple[str, str]]:
    """(family, line) of every chrome line among ``lines``: the families above, and tag lists."""
    found: list[tuple[str, str]] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if line.strip() and _tag_like(line):
            run.append(line.strip())
            continue
        if len(run) >= TAG_RUN:
            found += [("tag_list", t) for t in run]
        run = []
        family = line_family(line)
        if family:
            found.append((family, line.strip()))
    return found


@dataclass
class OutletCount:
    articles: int = 0
    before_lines: int = 0
    before_articles: int = 0
    after_lines: int = 0
    after_articles: int = 0
    rejected: int = 0
    before_families: Counter[str] = field(default_factory=Counter)
    after_families: Counter[str] = field(default_factory=Counter)


def body_lines(rec: dict) -> list[str] | None:
    """The paragraphs of the body telisik's pages stage makes of a record; None when it rejects it."""
    made = article(rec)
    return made.body.split("\n\n") if made is not None else None


def count(path: Path, limit: int | None, outlet: str | None, show: str | None) -> dict[str, OutletCount]:
    counts: dict[str, OutletCount] = defaultdict(OutletCount)
    for rec in records(path, limit, outlet):
        c = counts[str(rec.get("outlet") or "?")]
        c.articles += 1
        before = chrome_lines(rec["text"].splitlines())
        c.before_lines += len(before)
        c.before_articles += bool(before)
        c.before_families.update(f for f, _ in before)
        paragraphs = body_lines(rec)
        if paragraphs is None:
            c.rejected += 1
            continue
        after = chrome_lines(paragraphs)
        c.after_lines += len(after)
        c.after_articles += bool(after)
        c.after_families.update(f for f, _ in after)
        for family, line in after:
            if family == show:
                print(f"{rec.get('id')}\t{rec.get('outlet')}\t{line}")
    return counts


def _share(n: int, total: int) -> str:
    return f"{n / total:6.1%}" if total else "     -"


def print_table(counts: dict[str, OutletCount]) -> None:
    print(f"{'outlet':<20} {'articles':>8} {'lines before':>12} {'arts before':>11} {'lines after':>11} {'arts after':>10} {'rejected':>8}")
    total = OutletCount()
    for name in sorted(counts, key=lambda n: -counts[n].articles):
        c = counts[name]
        print(
            f"{name:<20} {c.articles:>8} {c.before_lines:>12} {_share(c.before_articles, c.articles):>11}"
            f" {c.after_lines:>11} {_share(c.after_articles, c.articles - c.rejected):>10} {c.rejected:>8}"
        )
        for attr in ("articles", "before_lines", "before_articles", "after_lines", "after_articles", "rejected"):
            setattr(total, attr, getattr(total, attr) + getattr(c, attr))
    print(
        f"{'all':<20} {total.articles:>8} {total.before_lines:>12} {_share(total.before_articles, total.articles):>11}"
        f" {total.after_lines:>11} {_share(total.after_articles, total.articles - total.rejected):>10} {total.rejected:>8}"
    )


def print_families(counts: dict[str, OutletCount]) -> None:
    names = [*FAMILIES, "tag_list"]
    print(f"\n{'family':<16} {'lines before':>12} {'lines after':>11}")
    for name in names:
        before = sum(c.before_families[name] for c in counts.values())
        after = sum(c.after_families[name] for c in counts.values())
        print(f"{name:<16} {before:>12} {after:>11}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="at most this many records per outlet")
    ap.add_argument("--outlet", default=None, help="only outlets whose name holds this")
    ap.add_argument("--families", action="store_true", help="also print the counts per chrome family")
    ap.add_argument("--show", default=None, metavar="FAMILY", help="print the lines of FAMILY left in bodies")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    counts = count(args.corpus, args.limit, args.outlet, args.show)
    print_table(counts)
    if args.families:
        print_families(counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
