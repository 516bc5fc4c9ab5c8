"""Stage 4, run modes: the local engine and the Dask engine, both over the one collection path."""
