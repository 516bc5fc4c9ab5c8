"""Analyses over analysed articles: what researchers otherwise build by hand from telisik's output.

Each module works on plain rows (from a store or from an analysis document), independent of the
store and the web app: ``network`` (the entity co-mention network).
"""
