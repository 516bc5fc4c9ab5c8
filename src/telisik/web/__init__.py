"""The web app: HTML pages and the JSON API over a store."""
