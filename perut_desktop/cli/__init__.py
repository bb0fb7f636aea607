"""``perut``: the command line (DESIGN.md §9), one module per command group.

- :mod:`.parser` builds the whole argument parser in one place; each command names its
  handler as ``"module:function"``, so a command's module and its heavy libraries are
  imported only when that command runs (``perut --version`` and ``--help`` load neither
  SQLAlchemy nor the services).
- :mod:`.main` parses, runs the handler and turns errors into one Indonesian line and an
  exit code; :mod:`.hints` words an error's :class:`~perut_desktop.errors.Hint` as the
  command to type.
- :mod:`.common` opens the replica as one unit of work and prints tables and JSON.
- :mod:`.replica`, :mod:`.people`, :mod:`.visits`, :mod:`.regulations`, :mod:`.reports`,
  :mod:`.excel`, :mod:`.sync`: the command groups.

The package imports neither SQLAlchemy nor the models (import-linter checks it).
"""

from perut_desktop.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
