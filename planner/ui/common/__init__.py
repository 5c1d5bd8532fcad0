"""Widgets and helpers shared by several pages: screen fitting, date editing, printing."""
