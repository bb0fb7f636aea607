"""Sync: bundle files between replicas, their crypto, the merge, and the fingerprint."""
