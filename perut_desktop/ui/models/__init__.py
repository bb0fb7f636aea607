"""Qt item models over the services' frozen rows, one per module (no SQL in ``data()``)."""
