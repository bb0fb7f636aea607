"""Small reusable widgets: Indonesian date edit, NIP field, message panel, busy indicator."""
