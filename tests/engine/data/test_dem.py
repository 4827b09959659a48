"""preparedem: values against a hand-made bilinear interpolation of the SRTM samples,
void filling, DSM = DEM + building heights cell for cell, errors."""
import os

import numpy as np
import pytest
from shapely.geometry import Point, box

from infraplan.algorithms.data.dem import NODATA, building_dsm, prepare_dem, write_dem
from infraplan.algorithms.errors import InputError
from infraplan.algorithms.feedback import RecordingFeedback
from infraplan.algorithms.geo import transformer
from infraplan.algorithms.raster import Raster, read_raster, write_raster
from infraplan.algorithms.vector import Field, VectorLayer


def _srtm(raw):
    return "/vsizip/%s/N49E011.hgt" % os.path.join(raw, "N49E011.hgt.zip")


def test_dem_matches_manual_bilinear_of_srtm(raw_data_dir):
    src = read_raster(_srtm(raw_data_dir)).array.astype(float)  # 1201 x 1201, centres at 11°+i/1200
    bounds = (664000, 5486500, 665000, 5487300)
    fb = RecordingFeedback()
    dem = prepare_dem(_srtm(raw_data_dir), bounds, "EPSG:25832", 10.0, "bilinear", feedback=fb)
    assert dem.shape == (80, 100) and dem.transform == (664000, 10.0, 0.0, 5487300, 0.0, -10.0)
    rows, cols = np.mgrid[0:80:7, 0:100:9]
    x, y = dem.xy(rows.ravel(), cols.ravel())
    lon, lat = transformer("EPSG:25832", "EPSG:4326").transform(x, y)
    fc, fr = (np.asarray(lon) - 11.0) * 1200.0, (50.0 - np.asarray(lat)) * 1200.0
    c0, r0 = np.floor(fc).astype(int), np.floor(fr).astype(int)
    tc, tr = fc - c0, fr - r0
    ref = (src[r0, c0] * (1 - tc) * (1 - tr) + src[r0, c0 + 1] * tc * (1 - tr) +
           src[r0 + 1, c0] * (1 - tc) * tr + src[r0 + 1, c0 + 1] * tc * tr)
    got = dem.array[rows.ravel(), cols.ravel()]
    assert np.max(np.abs(got - ref)) < 0.05
    assert any("No void cells" in m for m in fb.messages)


def test_voids_are_filled_and_counted(tmp_path):
    yy, xx = np.mgrid[0:60, 0:60]
    plane = (300.0 + 0.5 * xx - 0.3 * yy).astype(np.float32)
    arr = plane.copy()
    arr[20:23, 30:33] = -32768  # 9 void cells
    path = str(tmp_path / "holes.tif")
    write_raster(Raster(arr, (500000.0, 10.0, 0.0, 5500600.0, 0.0, -10.0), "EPSG:25832", -32768), path)
    fb = RecordingFeedback()
    dem = prepare_dem(path, (500100, 5500100, 500500, 5500500), "EPSG:25832", 10.0, "nearest", feedback=fb)
    assert any(m.startswith("9 void cells") for m in fb.messages)
    assert not np.any(dem.array == NODATA)
    # outside the hole the grid is copied exactly; inside, IDW of a plane stays close to it
    ref = plane[10:50, 10:50]
    hole = np.zeros_like(ref, bool)
    hole[10:13, 20:23] = True
    assert np.array_equal(dem.array[~hole], ref[~hole])
    assert np.max(np.abs(dem.array[hole] - ref[hole])) < 2.0


def test_errors(raw_data_dir):
    with pytest.raises(InputError, match="does not overlap"):
        prepare_dem(_srtm(raw_data_dir), (400000, 5800000, 401000, 5801000), "EPSG:25832", 10.0)
    with pytest.raises(InputError, match="geographic"):
        prepare_dem(_srtm(raw_data_dir), (11.2, 49.5, 11.3, 49.6), "EPSG:4326", 10.0)
    with pytest.raises(InputError, match="Cannot open"):
        prepare_dem("/nonexistent/dem.tif", (0, 0, 1, 1), "EPSG:25832", 10.0)
    with pytest.raises(InputError, match="resampling"):
        prepare_dem(_srtm(raw_data_dir), (664000, 5486500, 665000, 5487300), "EPSG:25832", 10.0, "magic")


def test_dsm_adds_building_heights_cell_for_cell(tmp_path):
    dem = Raster(np.full((10, 10), 300.0, np.float32), (0.0, 10.0, 0.0, 100.0, 0.0, -10.0),
                 "EPSG:25832", NODATA)
    dem.array[0, 0] = NODATA
    b = VectorLayer("b", "Polygon", "EPSG:25832", [Field("height", "float")])
    b.add(box(10, 10, 40, 30), height=6.0)  # covers cell centres x 15..35, y 15..25
    b.add(box(30, 20, 50, 40), height=12.0)  # overlaps the first: taller wins
    b.add(box(0, 90, 20, 100), height=9.0)  # over the nodata corner
    dsm = building_dsm(dem, b)
    diff = np.where(dsm.array == NODATA, np.nan, dsm.array - dem.array)
    for r in range(10):
        for c in range(10):
            x, y = dem.xy(r, c)
            hs = [f.attributes["height"] for f in b.features if f.geometry.contains(Point(x, y))]
            if dem.array[r, c] == NODATA:
                assert dsm.array[r, c] == NODATA
            else:
                assert diff[r, c] == (max(hs) if hs else 0.0), (r, c)


def test_sample_dem_dsm_aligned(test_data_dir):
    from infraplan.algorithms.vector import read_vector

    dem_p, dsm_p = (os.path.join(test_data_dir, n) for n in ("lauf_dem_10m.tif", "lauf_dsm_10m.tif"))
    if not os.path.exists(dsm_p):
        pytest.skip("sample missing")
    dem, dsm = read_raster(dem_p), read_raster(dsm_p)
    assert dem.shape == dsm.shape and dem.transform == dsm.transform and dem.crs == dsm.crs == "EPSG:25832"
    assert dem.cellsize == 10.0 and dem.array.dtype == np.float32 and dem.nodata == NODATA
    assert dem.valid_mask().all()
    diff = dsm.array - dem.array
    blds = read_vector(os.path.join(test_data_dir, "lauf.gpkg"), "buildings")
    from shapely.strtree import STRtree

    geoms = [f.geometry for f in blds.features]
    heights = {id(f.geometry): f.attributes["height"] for f in blds.features}
    tree = STRtree(geoms)
    rng = np.random.default_rng(1)
    rows, cols = rng.integers(0, dem.shape[0], 4000), rng.integers(0, dem.shape[1], 4000)
    n_bld = 0
    for r, c in zip(rows, cols):
        x, y = dem.xy(r, c)
        p = Point(x, y)
        hs = [heights[id(g)] for g in tree.query(p) if g.contains(p)]
        expected = max(hs) if hs else 0.0
        n_bld += bool(hs)
        assert diff[r, c] == pytest.approx(expected, abs=1e-3), (r, c)
    assert n_bld > 50


def test_write_dem_refuses_missing_folder(tmp_path):
    dem = Raster(np.zeros((2, 2), np.float32), (0.0, 1.0, 0.0, 2.0, 0.0, -1.0), "EPSG:25832", NODATA)
    with pytest.raises(InputError, match="does not exist"):
        write_dem(dem, str(tmp_path / "nope" / "dem.tif"))
