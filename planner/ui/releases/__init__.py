"""Releases, notices, Hláska and the web programme in the GUI."""
