"""``python -m perut_desktop.cli``: the same as ``perut``."""

from perut_desktop.cli.main import main

raise SystemExit(main())
