"""Engine of the fiber domain (no qgis, no Qt)."""
