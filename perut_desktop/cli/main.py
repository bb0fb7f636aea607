"""``perut``'s entry point: parse, run the command's handler, turn errors into one line.

Exit codes (DESIGN.md §9): 0 done; 2 usage error; 3 input rejected (nothing changed);
4 refused in this state; 1 anything unexpected. Errors are one Indonesian line on stderr;
a traceback only with ``--debug``.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence

from perut_desktop.cli.parser import build_parser
from perut_desktop.errors import PerutError, storage_problem

__all__ = ["build_parser", "main", "run_handler"]


def run_handler(handler: str, args: object) -> int:
    """Import the command's module (only now, with its libraries) and run its function."""
    module_name, function = handler.split(":")
    module = importlib.import_module(f"perut_desktop.cli.{module_name}")
    return int(getattr(module, function)(args))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        args = parser.parse_args(argv)
        return run_handler(args.handler, args)
    except PerutError as exc:
        if debug:
            raise
        from perut_desktop.cli.hints import render

        sys.stderr.write(f"perut: {render(exc)}\n")
        return exc.exit_code
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("perut: dibatalkan.\n")
        return 1
    except Exception as exc:  # the last resort: one line, traceback only with --debug
        if debug:
            raise
        problem = storage_problem(exc)
        if problem is not None:
            sys.stderr.write(f"perut: {problem.message}\n")
            return problem.exit_code
        first_line = (str(exc).strip().splitlines() or [""])[0]
        sys.stderr.write(f"perut: kesalahan tak terduga ({type(exc).__name__}: {first_line}). "
                         "Jalankan lagi dengan --debug dan laporkan ke pengelola aplikasi.\n")
        return 1
