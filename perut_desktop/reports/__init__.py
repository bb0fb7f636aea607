"""Printed documents (PDF) and Excel workbooks, read through the services."""
