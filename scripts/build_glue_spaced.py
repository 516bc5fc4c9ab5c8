"""Build how often news writes "di", "ke" apart from a word and solid with it, for the glued-word splitter.

    python scripts/build_glue_spaced.py [--shared ../shared] [--out src/telisik/lang/id]

Writes ``glue_spaced_prepositions.tsv`` into ``--out`` (counts, never text): one preposition and a small-letter
word a line, with how often the corpora write them apart ("di smartphone", "ke halaman") and solid ("diupdate",
"direview": the passive prefix of a verb). A word news puts after "di" or "ke" as a preposition, far more often
than solid, is a noun: written solid in a run the table does not know ("dismartphone", "kehalaman"), the space was
lost (``telisik.pages.glue_segment.SmallLetterSegmenter._spaced_preposition``); a verb is written solid
("diupdate", "direview", "dibooking") and keeps its prefix.

Sources: IndoSum dev folds 1-5 and the June 2025 scraped corpus, leaving out the articles
``build_word_frequencies.py`` holds out for ``bench/glue.py`` (one IndoSum article in ten, one June article in
five).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from build_word_frequencies import indosum_held_out, june_held_out, read_jsonl

PREPOSITIONS = ("di", "ke")
# "di"/"ke" apart from, or solid with, a small-letter word of four letters or more
PAIR = re.compile(r"(?<![^\W\d_])(di|ke)(\s?)([a-z]{4,})(?![^\W\d_])")
MIN_SPACED = 2  # rows with fewer spaced sightings are left out (the splitter asks for more: SPACED_MIN)
HEADER = (
    "# Derived statistic for telisik.pages.glue, written by scripts/build_glue_spaced.py: preposition<TAB>word<TAB>"
    "written apart<TAB>written solid\n"
    "# Sources: IndoSum dev folds 1-5 (CC BY-SA 4.0; 9 of 10 articles) and the June 2025 scraped news corpus (4 of 5\n"
    "# articles), as counts only; this file is shared under CC BY-SA 4.0. No text is copied.\n"
)


def count_pairs(shared: Path) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """How often each (preposition, word) is written apart and solid in the corpora's counted articles."""
    spaced: Counter[tuple[str, str]] = Counter()
    solid: Counter[tuple[str, str]] = Counter()
    corpora = (("indosum_dev_union.jsonl.gz", indosum_held_out), ("indonews_jun2025.jsonl.gz", june_held_out))
    for name, held_out in corpora:
        for row in read_jsonl(shared / "data/corpus" / name):
            if held_out(str(row["id"])):
                continue
            for match in PAIR.finditer(str(row["text"] or "")):
                (spaced if match.group(2) else solid)[match.group(1), match.group(3)] += 1
    return spaced, solid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("src/telisik/lang/id"))
    args = parser.parse_args()
    spaced, solid = count_pairs(args.shared)
    rows = sorted((p, w, n, solid[p, w]) for (p, w), n in spaced.items() if n >= MIN_SPACED and p in PREPOSITIONS)
    text = HEADER + "".join(f"{p}\t{w}\t{n}\t{s}\n" for p, w, n, s in rows)
    (args.out / "glue_spaced_prepositions.tsv").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
