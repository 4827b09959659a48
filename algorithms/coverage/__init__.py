"""Engine of the coverage domain (no qgis, no Qt)."""
