"""The store: tables, migrations, the repository of articles and stories, and export."""
