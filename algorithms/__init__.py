"""InfraPlan engine: pure Python on numpy/scipy/shapely/pyproj/rasterio/fiona.

Nothing in this package imports ``qgis`` or Qt (``tests/engine/test_engine_purity.py``
enforces it), so it runs in a plain interpreter, in tests and on worker processes.
"""
