"""Stage 2, the article NLP: spaCy components that find time expressions, entities, citations, quotes and events."""
