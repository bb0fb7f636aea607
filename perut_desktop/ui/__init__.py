"""The desktop GUI (PySide6): thin widgets over the services layer.

Only this package imports Qt; it never imports SQLAlchemy or holds a ``Session``
(DESIGN.md §2). ``app.main`` is the ``perut-gui`` script: it wires the parts together
and passes them down explicitly.
"""
