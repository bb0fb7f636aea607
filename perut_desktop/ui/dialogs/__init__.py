"""The window's dialogs, one per module."""
