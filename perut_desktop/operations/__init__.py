"""The operations tier (DESIGN.md §2): what a front end asks of a replica or a data folder.

An operation takes a data folder or an open :class:`~perut_desktop.db.Replica` and frames
its own transactions — unlike a service, which takes a session that its caller frames. Both
front ends call the same operations; neither re-implements one, and neither imports
``db``, the models or SQLAlchemy to do so.

- :mod:`.setup` — make a master replica (database, keys).
- :mod:`.workspace` — the window's one way to the data: a Qt-free object that owns the
  open replica and runs one unit of work per call.

Operations that live beside the code they drive, each marked "operation" in its
docstring: bundles (``sync.bundle.export_bundle``, ``import_bundle``, ``write_enrolment``,
``init_field_from_file``), backups (``sync.backup.write_backup``, ``restore_backup``),
printed documents (``reports.documents``), the demo (``services.demo.generate``) and the
master's set-up (``services.setup.init_master``, wrapped by :func:`.setup.init_master`).
"""
