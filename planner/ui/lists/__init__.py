"""Shared pieces of the venue and vendor list screens."""
