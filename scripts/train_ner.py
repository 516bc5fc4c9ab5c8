"""Reproduce the shipped NER model: ``python scripts/train_ner.py [--max-steps N]``.

Reads ../shared/data/ner, writes src/telisik/models/ner_id (and its eval.json);
see src/telisik/nlp/train_ner.py and src/telisik/models/MODEL_CARD.md.
"""

from telisik.nlp.train_ner import main

if __name__ == "__main__":
    raise SystemExit(main())
