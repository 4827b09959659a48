"""The engine's shared contract: feedback, typed errors, layers, CRS helpers, rasters."""
import os

import numpy as np
import pytest
from shapely.geometry import Point

from infraplan.algorithms import geo
from infraplan.algorithms.errors import CanceledError, InputError
from infraplan.algorithms.feedback import RecordingFeedback, SubFeedback
from infraplan.algorithms.raster import Raster, read_raster, write_raster
from infraplan.algorithms.vector import Field, VectorLayer, read_vector, write_vector


def test_step_maps_progress_and_cancels():
    fb = RecordingFeedback(cancel_after=3)
    fb.step(1, 4)
    fb.step(2, 4, start=50, end=100)
    assert fb.progress == [25.0, 75.0]
    fb.set_progress(80)
    with pytest.raises(CanceledError):
        fb.step(3, 4)


def test_sub_feedback_maps_into_parent_slice():
    parent = RecordingFeedback()
    SubFeedback(parent, 20, 40).set_progress(50)
    assert parent.progress == [30.0]


def test_require_fields_names_layer_and_field():
    layer = VectorLayer("buildings", "Polygon", "EPSG:25832", [Field("osm_id", "str")])
    with pytest.raises(InputError, match=r"'buildings'.*dwellings.*osm_id"):
        layer.require_fields("dwellings")


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:4258"])
def test_geographic_crs_refused(crs):
    with pytest.raises(InputError, match="geographic"):
        geo.require_metric(crs)


def test_reprojection_to_utm32_is_hand_checkable():
    # On UTM 32N's central meridian (9°E) at the equator: false easting 500000 m, y = 0.
    layer = VectorLayer("p", "Point", "EPSG:4326", [Field("id", "int")])
    layer.add(Point(9.0, 0.0), id=1)
    fb = RecordingFeedback()
    out = geo.reproject_layer(layer, geo.DEFAULT_CRS, fb)
    assert out.features[0].geometry.x == pytest.approx(500000.0, abs=1e-6)
    assert out.features[0].geometry.y == pytest.approx(0.0, abs=1e-6)
    assert layer.features[0].geometry.x == 9.0  # input untouched
    assert any("reprojected" in m for m in fb.messages)


def test_vector_round_trip(tmp_path):
    layer = VectorLayer("pts", "Point", "EPSG:25832", [Field("name", "str"), Field("n", "int"),
                                                       Field("ok", "bool")])
    layer.add(Point(1, 2), name="a", n=3, ok=True)
    path = str(tmp_path / "x.gpkg")
    write_vector(layer, path)
    back = read_vector(path, "pts")
    assert back.crs == "EPSG:25832" and len(back) == 1
    assert back.features[0].attributes["n"] == 3 and back.features[0].geometry.equals(Point(1, 2))


def test_raster_round_trip_is_atomic(tmp_path):
    arr = np.arange(12, dtype="float32").reshape(3, 4)
    r = Raster(arr, (100.0, 10.0, 0.0, 200.0, 0.0, -10.0), "EPSG:25832", -9999.0)
    path = str(tmp_path / "r.tif")
    write_raster(r, path)
    back = read_raster(path)
    assert np.array_equal(back.array, arr) and back.transform == r.transform
    assert back.bounds == (100.0, 170.0, 140.0, 200.0)
    assert [f for f in os.listdir(tmp_path) if "part" in f] == []
    rows, cols = back.rowcol(*back.xy(2, 3))
    assert (int(rows), int(cols)) == (2, 3)


def test_unreadable_raster_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="Cannot open raster"):
        read_raster(str(tmp_path / "missing.tif"))
