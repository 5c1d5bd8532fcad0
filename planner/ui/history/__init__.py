"""The change history in the UI: the Změny page, its model and the editors' History panel (feature.py adds the page)."""
