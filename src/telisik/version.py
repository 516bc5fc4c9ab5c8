"""telisik's version, in a module of its own: the stages that stamp it on their output (analysis.json, the report,
the web API) import it without importing the package root, whose lazy ``analyze`` reaches every stage."""

__version__ = "0.1.0"
