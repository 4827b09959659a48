"""Funding-gap analysis (Gigabit-RL 2.0): classification at the thresholds, joins,
aggregation per area with hand-computed counts and cost per eligible home."""
import pytest
from shapely.geometry import LineString, Point, box

from infraplan.algorithms.errors import InputError
from infraplan.algorithms.feedback import RecordingFeedback
from infraplan.algorithms.fiber.funding import classify, funding_gaps, synthetic_availability
from infraplan.algorithms.vector import Field, VectorLayer

CRS = "EPSG:25832"


@pytest.mark.parametrize("down,up,elig,spot,grl", [
    (500, 10, 0, "black", "served_down"),      # ≥ 500 download
    (499.9, 200, 0, "black", "served_sym"),    # ≥ 200 symmetric
    (200, 200, 0, "black", "served_sym"),
    (499.9, 199.9, 1, "black", "eligible"),    # neither
    (199.9, 500, 1, "black", "eligible"),      # upload alone does not count
    (100, 40, 1, "black", "eligible"),
    (99.9, 40, 1, "grey", "eligible"),         # historic grey < 100
    (30, 5, 1, "grey", "eligible"),
    (29.9, 5, 1, "white", "eligible"),         # historic white < 30
    (None, None, 1, "nodata", "nodata"),
    (1000, None, 0, "black", "served_down"),   # no upload known: download alone suffices
    (250, None, 1, "black", "eligible"),       # ... but not for the symmetric rule
])
def test_classification_at_the_thresholds(down, up, elig, spot, grl):
    assert classify(down, up) == (elig, spot, grl)


def test_thresholds_are_parameters():
    assert classify(300, 300, sym_mbps=400)[0] == 1
    assert classify(300, 10, down_mbps=250)[0] == 0
    assert classify(None, None, nodata_eligible=False) == (0, "nodata", "nodata")


def _sites():
    # (x, y, key, dwellings, down, up): area A = box(0,0,100,100), B = box(100,0,200,100)
    rows = [(10, 10, "a1", 4, 16, 2), (20, 10, "a2", 1, 50, 10), (30, 10, "a3", 2, 1000, 50),
            (40, 10, "a4", None, 250, 40), (50, 10, "a5", 0, 10, 1), (110, 10, "b1", 6, 300, 300),
            (120, 10, "b2", 3, 90, 20), (300, 10, "c1", 1, 10, 1)]
    lay = VectorLayer("homes", "Point", CRS, [Field("key", "str"), Field("dwellings", "int"),
                                              Field("dl", "float"), Field("ul", "float")])
    for x, y, k, d, dl, ul in rows:
        lay.add(Point(x, y), key=k, dwellings=d, dl=dl, ul=ul)
    return lay


def _areas():
    lay = VectorLayer("districts", "Polygon", CRS, [Field("district", "str")])
    lay.add(box(0, 0, 100, 100), district="A")
    lay.add(box(100, 0, 200, 100), district="B")
    return lay


def test_aggregation_hand_counted():
    fb = RecordingFeedback()
    sites, areas = funding_gaps(_sites(), down_field="dl", up_field="ul", dwellings_field="dwellings",
                                areas=_areas(), area_id="district", cost_per_home=1000.0, feedback=fb)
    by = {f.attributes["key"]: f.attributes for f in sites.features}
    keys = ("a1", "a2", "a3", "a4", "a5", "b1", "b2", "c1")
    assert [by[k]["eligible"] for k in keys] == [1, 1, 0, 1, 1, 0, 1, 1]
    assert by["a1"]["spot"] == "white" and by["a2"]["spot"] == "grey" and by["a4"]["homes"] == 1
    assert by["a5"]["homes"] == 0  # a garage: classified, but no home
    assert by["c1"]["area_id"] is None
    assert any("counted as 1 home" in w for w in fb.warnings)
    assert any("outside every polygon" in w for w in fb.warnings)
    a = {f.attributes["area_id"]: f.attributes for f in areas.features}
    # A: homes 4+1+2+1+0 = 8, eligible 4+1+1+0 = 6, white 4, grey 1; B: homes 9, eligible 3, grey 3
    assert a["A"]["sites"] == 5 and a["A"]["elig_sites"] == 4
    assert (a["A"]["homes"], a["A"]["elig_homes"], a["A"]["white"], a["A"]["grey"]) == (8, 6, 4, 1)
    assert (a["B"]["homes"], a["B"]["elig_homes"], a["B"]["white"], a["B"]["grey"]) == (9, 3, 0, 3)
    assert a["A"]["elig_share"] == pytest.approx(6 / 8)
    # cost = homes × 1000 €; per eligible home A 8000/6, B 9000/3 -> A ranks first
    assert a["A"]["cost_elig"] == pytest.approx(8000 / 6, abs=0.01)
    assert a["B"]["cost_elig"] == pytest.approx(3000.0)
    assert (a["A"]["rank"], a["B"]["rank"]) == (1, 2)


def test_plan_cost_split_by_length_inside_areas():
    plan = VectorLayer("trenches", "LineString", CRS, [Field("cost", "float")])
    plan.add(LineString([(50, 50), (150, 50)]), cost=1000.0)   # 50 m in A, 50 m in B
    plan.add(LineString([(110, 20), (190, 20)]), cost=800.0)   # all in B
    dps = VectorLayer("dps", "Point", CRS, [Field("cost", "float")])
    dps.add(Point(10, 90), cost=300.0)
    _, areas = funding_gaps(_sites(), down_field="dl", up_field="ul", dwellings_field="dwellings",
                            areas=_areas(), area_id="district", plan_layers=[plan, dps])
    a = {f.attributes["area_id"]: f.attributes for f in areas.features}
    assert a["A"]["plan_cost"] == pytest.approx(500 + 300)
    assert a["B"]["plan_cost"] == pytest.approx(500 + 800)
    assert a["B"]["cost_elig"] == pytest.approx(1300 / 3, abs=0.01)
    # an area the plan does not reach has no cost per eligible home (not 0 €) and no rank
    far = VectorLayer("trenches", "LineString", CRS, [Field("cost", "float")])
    far.add(LineString([(10, 50), (60, 50)]), cost=100.0)
    _, areas = funding_gaps(_sites(), down_field="dl", up_field="ul", dwellings_field="dwellings",
                            areas=_areas(), area_id="district", plan_layers=[far])
    a = {f.attributes["area_id"]: f.attributes for f in areas.features}
    assert a["A"]["rank"] == 1 and a["B"]["cost_elig"] is None and a["B"]["rank"] is None


def test_availability_join_by_key_and_by_nearest_point():
    sites = _sites()
    bare = VectorLayer("addresses", "Point", CRS, [Field("key", "str")])
    for f in sites.features:
        bare.add(f.geometry, key=f.attributes["key"])
    avail = VectorLayer("offers", "Point", CRS, [Field("addr", "str"), Field("down_mbps", "float"),
                                                 Field("up_mbps", "float")])
    avail.add(Point(10, 12), addr="a1", down_mbps=16, up_mbps=2)
    avail.add(Point(10, 13), addr="a1", down_mbps=1000, up_mbps=1000)  # best offer wins
    avail.add(Point(110, 11), addr="b1", down_mbps=300, up_mbps=300)
    out, _ = funding_gaps(bare, availability=avail, site_key="key", avail_key="addr")
    by = {f.attributes["key"]: f.attributes for f in out.features}
    assert by["a1"]["eligible"] == 0 and by["a1"]["bw_src"] == "key"
    assert by["b1"]["grl_class"] == "served_sym"
    assert by["a2"]["spot"] == "nodata" and by["a2"]["eligible"] == 1
    out, _ = funding_gaps(bare, availability=avail, max_dist=5.0)
    by = {f.attributes["key"]: f.attributes for f in out.features}
    assert by["a1"]["down"] == 16 and by["a1"]["bw_src"] == "nearest"  # 2 m beats 3 m
    assert by["b1"]["down"] == 300 and by["a3"]["bw_src"] == "none"


def test_missing_bandwidth_field_names_layer_and_field():
    with pytest.raises(InputError, match=r"Layer 'homes' has no field\(s\) download"):
        funding_gaps(_sites(), down_field="download", up_field="ul")
    avail = VectorLayer("offers", "Point", CRS, [Field("dl", "float")])
    with pytest.raises(InputError, match=r"Layer 'offers' has no field\(s\) down_mbps"):
        funding_gaps(_sites(), availability=avail)
    with pytest.raises(InputError, match="download bandwidth field"):
        funding_gaps(_sites())


def test_synthetic_availability_is_deterministic_and_named_synthetic():
    sites = _sites()
    a = synthetic_availability(sites, "key")
    b = synthetic_availability(sites, "key")
    assert "synthetic" in a.name
    assert [f.attributes for f in a.features] == [f.attributes for f in b.features]
    assert all(f.attributes["synthetic"] == 1 for f in a.features)
    assert all(0 < f.attributes["down_mbps"] <= 1000 for f in a.features)
    c = synthetic_availability(sites, "key", seed=7)
    assert len(c) == len(a)


def test_with_synthetic_bandwidth_matches_generator():
    from infraplan.algorithms.fiber.funding import with_synthetic_bandwidth
    sites = _sites()
    tagged, avail = with_synthetic_bandwidth(sites)
    assert len(tagged) == len(sites) == len(avail)
    assert "_syn_key" not in sites.field_names() and "_syn_key" not in tagged.field_names()
    for f, a in zip(tagged.features, avail.features):
        assert f.attributes["syn_down"] == a.attributes["down_mbps"]
    out, _ = funding_gaps(tagged, down_field="syn_down", up_field="syn_up")
    assert {f.attributes["bw_src"] for f in out.features} == {"field"}


def test_unreliable_offers_do_not_count():
    assert classify(1000, 1000, reliable=False) == (1, "black", "unreliable")
    assert classify(50, 10, reliable=False) == (1, "grey", "eligible")
    sites = _sites()
    sites.fields.append(Field("ok", "str"))
    for f in sites.features:
        f.attributes["ok"] = "no" if f.attributes["key"] == "a3" else None
    out, _ = funding_gaps(sites, down_field="dl", up_field="ul", reliable_field="ok")
    by = {f.attributes["key"]: f.attributes for f in out.features}
    assert by["a3"]["grl_class"] == "unreliable" and by["a3"]["eligible"] == 1
    assert by["b1"]["eligible"] == 0
    # several offers per address: a reliable one beats a faster unreliable one
    avail = VectorLayer("offers", "Point", CRS, [Field("addr", "str"), Field("down_mbps", "float"),
                                                 Field("up_mbps", "float"), Field("rel", "int")])
    avail.add(Point(0, 0), addr="b1", down_mbps=1000, up_mbps=1000, rel=0)
    avail.add(Point(0, 0), addr="b1", down_mbps=100, up_mbps=40, rel=1)
    avail.add(Point(0, 0), addr="a3", down_mbps=1000, up_mbps=50, rel=0)
    out, _ = funding_gaps(sites, availability=avail, site_key="key", avail_key="addr", reliable_field="rel")
    by = {f.attributes["key"]: f.attributes for f in out.features}
    assert (by["b1"]["down"], by["b1"]["grl_class"]) == (100, "eligible")
    assert by["a3"]["grl_class"] == "unreliable"
    with pytest.raises(InputError, match=r"'offers' has no field\(s\) reliable"):
        funding_gaps(sites, availability=avail, site_key="key", avail_key="addr", reliable_field="reliable")
