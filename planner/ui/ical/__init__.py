"""iCalendar in the GUI: export, import and the subscription feeds (the feature is in feature.py)."""
