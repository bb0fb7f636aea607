"""Use-cases: the only API that the GUI, the CLI and the reports call.

A service function takes a ``Session`` and never opens, commits or closes one; the caller
frames one unit of work per user action. Services return small frozen dataclasses and
raise :mod:`perut_desktop.errors` with messages for people.
"""
