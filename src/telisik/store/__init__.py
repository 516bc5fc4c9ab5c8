"""The store: tables (``schema``, ``migrations``), opening a database (``connection``), one writer at a time
(``locking``), the repository of articles and stories (``repository.Store``), search, checks and repairs
(``check``), page ids (``identity``), the collection steps run against a store (``collection``:
entity linking, stories), and export."""
