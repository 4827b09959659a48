"""Engine of the data domain (no qgis, no Qt)."""
