"""Stage 1, pages: read input files, extract the article from HTML, clean the text, find its metadata and dates."""
