"""BoQ and GIS-Nb export on the real output of the FTTH planner (infraplan:ftthplan engine)
for a generated city: BoQ totals equal the sums of the planner's own cost fields, homes
passed equal the served homes, the GIS-Nb export validates without violations."""
import pytest

from infraplan.algorithms.fiber.boq import FEEDER, bill_of_quantities
from infraplan.algorithms.fiber.gisnb import export_gisnb, validate_gisnb, violation_key

layers_mod = pytest.importorskip("infraplan.algorithms.fiber.layers")
synthetic = pytest.importorskip("infraplan.algorithms.fiber.synthetic")


@pytest.fixture(scope="module")
def planned():
    streets, buildings, pop = synthetic.synthetic_city(300, seed=3)
    _, layers = layers_mod.ftth_plan(streets, buildings, pop)
    return layers


@pytest.fixture(scope="module")
def plan(planned):
    return {k: planned[k] for k in ("trenches", "drops", "dps", "homes", "pops", "clusters")}


def test_boq_reproduces_the_planner_summary_per_category(plan, planned):
    """Two separately written cost computations: the planner's summary and the BoQ priced
    item by item from the catalogue agree per category and in total (take rate 1)."""
    summary = {f.attributes["item"]: f.attributes["value"] for f in planned["summary"].features}
    boq = bill_of_quantities(plan, take_rate=1.0)
    cat = {}
    for i in boq.items:
        if i["scope"] == "plan":
            cat[i["category"]] = cat.get(i["category"], 0.0) + i["total"]
    assert cat["Civil works"] == pytest.approx(summary["trench_eur"], abs=1.0)
    assert cat["Connections"] == pytest.approx(summary["drop_eur"], abs=1.0)
    assert cat["Cables"] == pytest.approx(summary["cable_eur"], abs=1.0)
    assert cat["Ducts"] == pytest.approx(summary["duct_eur"], abs=1.0)
    assert cat["Distribution points"] == pytest.approx(summary["dp_eur"], abs=1.0)
    assert cat["Active equipment"] == pytest.approx(summary["olt_eur"], abs=1.0)
    k = boq.kpis()
    assert k["total_eur"] == pytest.approx(summary["total_eur"], abs=2.0)
    assert k["homes_passed"] == summary["homes_served"]
    assert k["eur_per_home_connected"] == pytest.approx(summary["eur_per_home"], rel=1e-6)


def _sum(layer, field):
    return sum(f.attributes[field] or 0 for f in layer.features)


def _items(boq, scope="plan", category=None, prefix=""):
    return sum(i["total"] for i in boq.items if i["scope"] == scope
               and (category is None or i["category"] == category) and i["item"].startswith(prefix))


def test_boq_totals_equal_the_planner_cost_fields(plan):
    from infraplan.algorithms.feedback import RecordingFeedback
    fb = RecordingFeedback()
    boq = bill_of_quantities(plan, take_rate=1.0, feedback=fb)
    assert not [w for w in fb.warnings if "another catalogue" in w or "PON ports" in w]
    tr, dr, dps = plan["trenches"], plan["drops"], plan["dps"]
    assert len(tr) > 10 and len(dr) > 100
    assert _items(boq, category="Civil works") == pytest.approx(_sum(tr, "cost"), rel=1e-6, abs=1.0)
    assert boq.total("plan", "connection") == pytest.approx(_sum(dr, "cost"), rel=1e-6, abs=1.0)
    if "cable_eur" in tr.field_names():
        assert _items(boq, prefix="Fiber cable") == pytest.approx(_sum(tr, "cable_eur"), rel=1e-4, abs=1.0)
    if "duct_eur" in tr.field_names():
        assert _items(boq, prefix="Duct") == pytest.approx(_sum(tr, "duct_eur"), rel=1e-4, abs=1.0)
    if "dp_eur" in dps.field_names():
        assert _items(boq, prefix="DP cabinet") == pytest.approx(_sum(dps, "dp_eur"), abs=0.5)
    if "spl_eur" in dps.field_names():
        assert _items(boq, prefix="Splitter") == pytest.approx(_sum(dps, "spl_eur"), abs=0.5)
    ports = sum(i["quantity"] for i in boq.items if i["scope"] == "plan" and i["item"] == "OLT PON port")
    assert ports == pytest.approx(_sum(plan["pops"], "pon_ports"))


def test_homes_and_cluster_scopes(plan):
    boq = bill_of_quantities(plan, take_rate=0.5)
    served = _sum(plan["homes"], "homes")
    assert boq.homes_passed["plan"] == served == _sum(plan["dps"], "homes")
    clusters = [s for s in boq.scopes() if s not in ("plan", FEEDER)]
    assert sorted(clusters) == sorted(f.attributes["cluster_id"] for f in plan["dps"].features)
    assert sum(boq.total(s) for s in boq.scopes() if s != "plan") == pytest.approx(boq.total(), abs=0.5)
    assert sum(boq.homes_passed[c] for c in clusters) == served
    k = boq.kpis()
    assert k["eur_per_home_passed"] == pytest.approx(boq.total("plan", "network") / served)


def test_gisnb_export_of_the_planner_output_validates(plan):
    layers = export_gisnb(plan)
    viol, _ = validate_gisnb(layers)
    assert violation_key(viol) == []
    we = sum(f.attributes["Anz_WE"] for f in layers["Endverbraucher"].features)
    assert we == _sum(plan["homes"], "homes")
