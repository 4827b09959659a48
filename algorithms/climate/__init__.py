"""Engine of the climate domain (no qgis, no Qt)."""
