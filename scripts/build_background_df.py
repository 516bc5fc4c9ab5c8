"""Build ``src/telisik/data/background_df.tsv``: document frequencies of words in news.

The story stage weighs words by IDF. A run of five articles about one summit
cannot say on its own which words are common in news, so the IDF adds these
background counts to the run's own. They come from the IndoSum articles
(Kurniawan & Louvan 2018, CC BY-SA 4.0) in ``../shared/data/corpus``: ten
outlets, 2016-2018, every topic. Only word -> number-of-documents is kept (no
text), words in fewer than three documents are left out.

    python scripts/build_background_df.py [--corpus PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from telisik.stories.similarity import words

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "corpus" / "indosum_dev_union.jsonl.gz"
DEFAULT_OUT = REPO / "src" / "telisik" / "data" / "background_df.tsv"
MIN_DF = 3


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    df: Counter[str] = Counter()
    n_docs = 0
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            text = " ".join(str(record.get(k) or "") for k in ("title", "text"))
            if not text.strip():
                continue
            n_docs += 1
            df.update(set(words(text)))
    rows = sorted(((w, c) for w, c in df.items() if c >= MIN_DF), key=lambda wc: (-wc[1], wc[0]))
    header = [
        "# Document frequencies of words in Indonesian news, for IDF (see scripts/build_background_df.py).",
        "# Source: IndoSum dev folds 1-5 (Kurniawan & Louvan 2018), CC BY-SA 4.0; this table is a derived work under the same licence.",
        f"# Words in fewer than {MIN_DF} documents are left out.",
        f"__documents__\t{n_docs}",
    ]
    args.out.write_text("\n".join(header + [f"{w}\t{c}" for w, c in rows]) + "\n", encoding="utf-8")
    print(f"{n_docs} documents, {len(rows)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
