"""What a process pays before its first article, in CPU seconds: imports, the pipeline, the first page's lazy loads.

    python bench/startup.py [--rounds 3]

Each round runs in a fresh child process (what a worker, a forkserver or ``telisik analyze`` pays once): the import
of ``telisik.engine.local``, ``build_pipeline`` (spaCy's tokenizer and its special cases, the NER model), and the
analysis of the warm page (``engine.local.WARM_PAGE``: the entity lexicon, the gazetteer's matchers, the glue
lexicon, the language identifier's model, the citation patterns). CPU seconds, not wall: on a shared machine the
wall time says little. The best round of each is printed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CHILD = """
import json, time
t0 = time.process_time()
from telisik.engine import local
t1 = time.process_time()
analyzer = local.Analyzer()
analyzer.nlp
t2 = time.process_time()
for _ in analyzer.process_all([local.WARM_PAGE]):
    pass
t3 = time.process_time()
print(json.dumps({"import": t1 - t0, "pipeline": t2 - t1, "first page": t3 - t2, "total": t3 - t0}))
"""


def one_round() -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True, cwd=REPO)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    rounds = [one_round() for _ in range(args.rounds)]
    print("| cost | best CPU s |\n|---|---:|")
    for key in rounds[0]:
        print(f"| {key} | {min(r[key] for r in rounds):.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
