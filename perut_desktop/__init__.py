"""PERUT Desktop: offline-first routine village-administration visits (Pendampingan Rutin).

``__version__`` is read from the installed package's metadata when first asked for:
``importlib.metadata`` (and the e-mail parser it brings) stays out of the window's start.
"""

from typing import Any


def __getattr__(name: str) -> Any:
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("perut-desktop")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        version = "0.0.0"
    globals()["__version__"] = version
    return version
