"""Batch jobs over pages already on disk or in the store: ingest and reparse."""
