"""Stage 3, stories: similarity of articles, clustering them into stories, and describing each story."""
