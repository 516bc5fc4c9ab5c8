"""Stage 3b, the collection: duplicates, re-anchoring, entity linking and stories, one path for every run mode."""
