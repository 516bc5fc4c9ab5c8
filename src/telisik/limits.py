"""The bounds on one page's cost, in one place: the reader, the analyser and the command line read them.

A leaf module with no imports, so the command line can state the defaults in its
help and answer a usage error before the NLP is imported.
"""

# The largest page read, in bytes, also once decompressed; containers (JSON Lines,
# WARC) are read as streams and bounded per record.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# The longest article body analysed (characters of clean text); a longer one is rejected.
# Bodies over the NLP's window (``nlp.WINDOW_CHARS``) go through it in windows, so this
# bounds the time and memory of one page, not what spaCy accepts.
DEFAULT_MAX_CHARS = 2_000_000
# The time one page may take, from its extraction and cleaning to its NLP; a page over it
# is rejected and the run goes on (``pipeline.time_budget``).
DEFAULT_PAGE_SECONDS = 60.0
