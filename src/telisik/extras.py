"""telisik's optional extras: which module each one installs, and one clear message when it is missing.

Dask, PostgreSQL, Parquet and pandas are extras (``pip install 'telisik[dask]'``
and so on): the code that needs one imports it inside a function, after
``require`` has said, in one line, which extra to install.
"""

from __future__ import annotations

import importlib.util
import sys

# the module each extra installs -> the extra's name in pyproject.toml
EXTRA_OF = {
    "dask": "dask",
    "distributed": "dask",
    "psycopg": "postgres",
    "pyarrow": "parquet",
    "pandas": "pandas",
}


class MissingExtra(ImportError):
    """An optional extra is not installed: the message names the ``pip install`` that brings it."""

    def __init__(self, module: str, purpose: str):
        self.module = module
        self.extra = EXTRA_OF[module]
        super().__init__(f"{purpose} needs {module}, which is not installed: pip install 'telisik[{self.extra}]'", name=module)


def installed(module: str) -> bool:
    """Whether ``module`` can be imported, found without importing it (importing Dask takes a second)."""
    if module in sys.modules:
        return sys.modules[module] is not None  # None: imports of it are blocked (how tests take an extra away)
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def require(purpose: str, *modules: str) -> None:
    """Raise ``MissingExtra`` for the first of ``modules`` that is not installed; ``purpose`` says what needs it."""
    for module in modules:
        if not installed(module):
            raise MissingExtra(module, purpose)
