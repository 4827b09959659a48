"""The QGIS side of InfraPlan: plugin class, Processing provider and algorithm adapters."""
