"""Bill of quantities: totals equal the sums over the plan layers, € per home recomputed
independently, per-cluster scopes add up, bad input gives named messages."""
import copy
import math

import pytest

from infraplan.algorithms.errors import InputError
from infraplan.algorithms.fiber.boq import FEEDER, bill_of_quantities, example_plan
from infraplan.algorithms.fiber.catalogue import load_catalogue


def _sum(layer, field):
    return sum(f.attributes[field] for f in layer.features)


def _item_total(boq, scope="plan", category=None, prefix=""):
    return sum(i["total"] for i in boq.items if i["scope"] == scope
               and (category is None or i["category"] == category) and i["item"].startswith(prefix))


def test_totals_equal_sums_over_plan_layers():
    plan = example_plan()
    cat = load_catalogue()
    boq = bill_of_quantities(plan, take_rate=1.0)
    tr, dr, dps = plan["trenches"], plan["drops"], plan["dps"]
    # trench + crossing items = Σ trench cost; connection items = Σ drop cost
    assert _item_total(boq, category="Civil works") == pytest.approx(_sum(tr, "cost"), abs=0.05)
    assert boq.total("plan", "connection") == pytest.approx(_sum(dr, "cost"), abs=0.05)
    q = {i["item"]: i["quantity"] for i in boq.items if i["scope"] == "plan"}
    assert sum(v for k, v in q.items() if k.startswith("Trench")) == pytest.approx(_sum(tr, "length"))
    cable_m = sum(f.attributes["length"] * f.attributes["n_cables"] for f in tr.features)
    assert sum(v for k, v in q.items() if k.startswith("Fiber cable")) == pytest.approx(cable_m)
    assert q["Fiber cable 6F"] == pytest.approx(120.0)  # 60 m × 2 cables
    assert q["Drop trench (lead-in)"] == pytest.approx(_sum(dr, "length"))
    assert q["House connection (building)"] == len(dr)
    assert q["OLT PON port"] == _sum(dps, "pon_ports")
    assert q["Splitter 1:32"] == _sum(dps, "splitters")
    # independent unit-price check of one item
    cables = {c["type"]: c["eur_per_m"] for c in cat.cables}
    assert _item_total(boq, prefix="Fiber cable 12F") == pytest.approx(180 * cables["12F"], abs=0.01)


def test_eur_per_home_recomputed_independently():
    plan = example_plan()
    cat = load_catalogue()
    take = 0.6
    boq = bill_of_quantities(plan, take_rate=take)
    tr, dr, dps, homes = plan["trenches"], plan["drops"], plan["dps"], plan["homes"]
    passed = _sum(homes, "homes")
    assert passed == 14
    network = (_sum(tr, "cost")
               + sum(f.attributes["length"] * f.attributes["n_cables"] * {c["type"]: c["eur_per_m"]
                     for c in cat.cables}[f.attributes["cable"]] for f in tr.features)
               + sum(f.attributes["length"] * f.attributes["n_ducts"] * {d["type"]: d["eur_per_m"]
                     for d in cat.ducts}[f.attributes["duct"]] for f in tr.features)
               + len(dps) * 4500.0 + _sum(dps, "splitters") * 220.0 + _sum(dps, "pon_ports") * 450.0)
    connection = take * _sum(dr, "cost")
    k = boq.kpis()
    assert k["homes_passed"] == 14 and k["homes_connected"] == pytest.approx(14 * take)
    assert k["eur_per_home_passed"] == pytest.approx(network / passed, rel=1e-6)
    assert k["eur_per_home_connected"] == pytest.approx((network + connection) / (passed * take), rel=1e-6)


def test_cluster_scopes_add_up_to_the_plan():
    boq = bill_of_quantities(example_plan(), take_rate=0.8)
    assert boq.scopes() == ["plan", FEEDER, "C1", "C2"]
    parts = sum(boq.total(s) for s in boq.scopes() if s != "plan")
    assert parts == pytest.approx(boq.total("plan"), abs=0.05)
    assert boq.homes_passed["C1"] == 6 and boq.homes_passed["C2"] == 8
    lay = boq.layer()
    shares = [f.attributes["share"] for f in lay.features if f.attributes["scope"] == "plan"]
    assert math.isclose(sum(shares), 1.0, abs_tol=1e-4)
    cl = {f.attributes["scope"]: f.attributes for f in boq.cluster_layer().features}
    assert cl["C1"]["eur_passed"] == pytest.approx(boq.total("C1", "network") / 6, abs=0.01)


def test_csv_written(tmp_path):
    import csv
    boq = bill_of_quantities(example_plan())
    path = boq.to_csv(str(tmp_path / "boq.csv"))
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    assert len(rows) == len(boq.items)
    plan_total = sum(float(r["total"]) for r in rows if r["scope"] == "plan")
    assert plan_total == pytest.approx(boq.total(), abs=0.05)


def test_mixed_runs_are_refused_with_layer_and_field():
    plan = example_plan()
    other = example_plan(plan_id="example-2")
    plan["drops"] = other["drops"]
    with pytest.raises(InputError, match=r"different runs.*'drops'.plan_id = example-2"):
        bill_of_quantities(plan)
    plan = example_plan()
    plan["trenches"].features[0].attributes["plan_id"] = "zzz"
    with pytest.raises(InputError, match=r"'trenches' field 'plan_id' mixes"):
        bill_of_quantities(plan)


def test_mixed_runs_without_plan_id_detected_by_dp_references():
    plan = example_plan()
    for lay in plan.values():
        lay.fields = [f for f in lay.fields if f.name != "plan_id"]
    plan["homes"].features[0].attributes["dp_id"] = "17"
    with pytest.raises(InputError, match=r"'homes' field 'dp_id' refers to 1 dp id.*'dps'"):
        bill_of_quantities(plan)


def test_unknown_surface_class_names_layer_field_and_value():
    plan = example_plan()
    plan["trenches"].features[1].attributes["surface"] = "cobbles_xyz"
    with pytest.raises(InputError, match=r"'trenches' field 'surface'.*'cobbles_xyz' \(1 segments\)"):
        bill_of_quantities(plan)


def test_missing_surface_field_and_bad_take_rate():
    plan = example_plan()
    plan["trenches"].fields = [f for f in plan["trenches"].fields if f.name != "surface"]
    with pytest.raises(InputError, match=r"'trenches' \(trenches\) has no field for surface"):
        bill_of_quantities(plan)
    with pytest.raises(InputError, match="Take rate"):
        bill_of_quantities(example_plan(), take_rate=1.5)


def test_same_input_same_output():
    a = bill_of_quantities(example_plan(), take_rate=0.5)
    b = bill_of_quantities(copy.deepcopy(example_plan()), take_rate=0.5)
    assert a.items == b.items


def test_html_report_and_svg_chart(tmp_path):
    import xml.etree.ElementTree as ET

    from infraplan.algorithms.fiber.report import category_totals, write_report
    boq = bill_of_quantities(example_plan(), take_rate=0.7)
    out = write_report(boq, str(tmp_path / "report.html"))
    text = open(out["html"], encoding="utf-8").read()
    assert 'src="report_chart.svg"' in text and "€ per home passed" in text
    svg = ET.parse(out["chart"]).getroot()
    bars = [r for r in svg.iter("{http://www.w3.org/2000/svg}rect") if r.get("height") == "26"]
    cats = category_totals(boq)
    assert len(bars) == len(cats) == 6
    widths = [float(b.get("width")) for b in bars]
    assert widths == sorted(widths, reverse=True)  # sorted by cost, widths proportional
    first, second = list(cats.values())[:2]
    assert widths[1] / widths[0] == pytest.approx(second / first, rel=0.01)


def test_building_shared_by_two_clusters_is_split_equally():
    plan = example_plan()
    d = plan["drops"].features[0]
    d.attributes["cluster_id"] = "C1;C2"
    plan["homes"].features[0].attributes["dp_id"] = "1;2"
    boq = bill_of_quantities(plan, take_rate=1.0)
    hc = {i["scope"]: i["quantity"] for i in boq.items if i["item"] == "House connection (building)"}
    assert hc["plan"] == 6 and hc["C1"] == pytest.approx(2.5) and hc["C2"] == pytest.approx(3.5)
    assert sum(boq.total(s) for s in boq.scopes() if s != "plan") == pytest.approx(boq.total(), abs=0.05)
    from infraplan.algorithms.fiber.gisnb import export_gisnb
    ev = export_gisnb(plan)["Endverbraucher"]
    assert ev.features[0].attributes["BNT_ID"] == "DP-1"


def test_warns_when_plan_costs_disagree_with_the_catalogue(tmp_path):
    import json

    from infraplan.algorithms.feedback import RecordingFeedback
    fb = RecordingFeedback()
    bill_of_quantities(example_plan(), take_rate=0.6, feedback=fb)
    assert fb.warnings == []
    cat = tmp_path / "cat.json"
    cat.write_text(json.dumps({"surface_classes": {"sealed": {"eur_per_m": 150.0}}}))
    fb = RecordingFeedback()
    bill_of_quantities(example_plan(), catalogue=str(cat), feedback=fb)
    assert any("layer 'trenches'" in w and "another catalogue" in w for w in fb.warnings)
