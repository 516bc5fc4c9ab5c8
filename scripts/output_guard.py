"""Run ``telisik analyze`` on the guard inputs and compare the outputs byte for byte.

    python scripts/output_guard.py --out /tmp/guard-new [--src PATH/src] [--compare /tmp/guard-old]

A refactoring must not change what telisik writes. The guard inputs are the
seeds, ``tests/heldout/pages``, the real HTML pages of ``shared/data/html`` and
the first 2,000 records of the June 2025 corpus; each is analysed into its own
folder under ``--out``. ``--src`` runs another checkout's code (its ``src``
folder goes first on ``PYTHONPATH``), so a "before" run needs no second
environment; spaCy finds telisik's components through the installed entry
points, so when those moved, put a ``telisik.egg-info`` with the old
``entry_points.txt`` in that ``src`` folder. ``--compare`` lists every output file that differs from an
earlier run's and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import filecmp
import gzip
import itertools
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "data" / "corpus" / "indonews_jun2025.jsonl.gz"
OUTPUTS = ("analysis.json", "report.html")


def inputs(corpus_records: int) -> dict[str, Path]:
    found = {"seeds": SHARED / "seeds", "heldout": REPO / "tests" / "heldout" / "pages", "html": SHARED / "data" / "html"}
    if CORPUS.exists():
        # one fixed place, so that the sources named in two runs' outputs are the same
        corpus_dir = Path(tempfile.gettempdir()) / f"telisik-guard-corpus-{corpus_records}"
        corpus_dir.mkdir(parents=True, exist_ok=True)
        records = corpus_dir / "records.jsonl"
        if not records.exists():
            # written beside and renamed: two guards at once never read a half-written file
            partial = corpus_dir / f".records.{os.getpid()}.tmp"
            with gzip.open(CORPUS, "rt", encoding="utf-8") as source, open(partial, "w", encoding="utf-8") as sink:
                sink.writelines(itertools.islice(source, corpus_records))
            partial.replace(records)
        found["corpus"] = corpus_dir
    return {name: path for name, path in found.items() if path.exists()}


def analyse(name: str, source: Path, out: Path, src: Path | None) -> str:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = f"{src}{os.pathsep}{env.get('PYTHONPATH', '')}"
    command = [sys.executable, "-m", "telisik", "analyze", str(source), "--out", str(out / name)]
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    return f"{name}: exit {done.returncode}" + (f"\n{done.stderr[-2000:]}" if done.returncode else "")


def compare(new: Path, old: Path) -> list[str]:
    differing = []
    for folder in sorted(path for path in old.iterdir() if path.is_dir()):
        for output in OUTPUTS:
            before, after = folder / output, new / folder.name / output
            if not after.exists() or not filecmp.cmp(before, after, shallow=False):
                differing.append(f"{folder.name}/{output}")
    return differing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--src", type=Path, help="a checkout's src folder to run instead of the installed telisik")
    parser.add_argument("--compare", type=Path, help="an earlier --out to compare with")
    parser.add_argument("--corpus-records", type=int, default=2000)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sources = inputs(args.corpus_records)
    with ThreadPoolExecutor(len(sources)) as pool:
        for line in pool.map(lambda item: analyse(item[0], item[1], args.out, args.src), sources.items()):
            print(line)
    if args.compare is None:
        return 0
    differing = compare(args.out, args.compare)
    print("\n".join(differing) if differing else "identical: " + ", ".join(sorted(sources)))
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
