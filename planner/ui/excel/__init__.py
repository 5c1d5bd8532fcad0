"""Excel in the GUI: the report export and the vendor/programme imports (the feature is in feature.py)."""
