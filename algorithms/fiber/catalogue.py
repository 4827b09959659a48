"""The fiber cost/equipment catalogue: versioned default JSON in resources/catalogue/,
overridable (section by section) by a user JSON file."""
import copy
import json
import math
import os

from ..errors import InputError

DEFAULT_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                            "resources", "catalogue", "fiber_catalogue.json")
SURFACES = ("sealed", "paved", "unsealed", "unknown")


def _merge(base, over):
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value
    return base


class Catalogue:
    """Read-only view on the catalogue dict with the look-ups the engine needs."""

    def __init__(self, data, source=DEFAULT_PATH):
        self.data = data
        self.source = source
        self.version = str(data.get("version", "?"))
        try:
            self.surface = {k: float(v["eur_per_m"]) for k, v in data["surface_classes"].items()}
            self.aliases = {k.lower(): v for k, v in data.get("surface_aliases", {}).items()}
            self.crossing_eur = float(data["crossing_eur"])
            self.drop = {k: float(v) for k, v in data["drop"].items()}
            self.cables = sorted(data["cables"], key=lambda c: c["fibers"])
            self.ducts = list(data["ducts"])
            self.dp_types = sorted(data["dp_types"], key=lambda d: d["max_homes"])
            self.splitters = {int(s["ratio"]): s for s in data["splitters"]}
            self.olt = data["olt"]
            self.optics = data["optics"]
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError("Fiber catalogue %s is incomplete or malformed (%s: %s). Start from "
                             "the default resources/catalogue/fiber_catalogue.json."
                             % (source, type(exc).__name__, exc)) from exc
        for s in SURFACES:
            if s not in self.surface:
                raise InputError("Fiber catalogue %s has no surface class '%s'." % (source, s))

    # look-ups --------------------------------------------------------------------
    def surface_class(self, value, bridge=False, tunnel=False):
        """Catalogue surface class of a street: bridge/tunnel first, then the value itself,
        then its OSM alias; anything else is 'unknown'."""
        if bridge:
            return "bridge" if "bridge" in self.surface else "unknown"
        if tunnel:
            return "tunnel" if "tunnel" in self.surface else "unknown"
        v = (str(value).strip().lower() if value is not None else "")
        if v in self.surface:
            return v
        return self.aliases.get(v, "unknown")

    def cable_for(self, fibers):
        """(type, count, fibers_per_cable, €/m per cable, diameter) of the smallest standard
        cable holding ``fibers``; several of the largest when it exceeds the largest."""
        fibers = int(fibers)
        if fibers <= 0:
            return ("", 0, 0, 0.0, 0.0)
        for c in self.cables:
            if c["fibers"] >= fibers:
                return (c["type"], 1, int(c["fibers"]), float(c["eur_per_m"]), float(c["diameter_mm"]))
        big = self.cables[-1]
        n = int(math.ceil(fibers / float(big["fibers"])))
        return (big["type"], n, int(big["fibers"]), float(big["eur_per_m"]), float(big["diameter_mm"]))

    def duct_for(self, n_cables, diameter_mm):
        """Cheapest duct that holds ``n_cables`` cables of ``diameter_mm`` (one microduct each)."""
        fits = [d for d in self.ducts if d["microducts"] >= n_cables and d["max_cable_mm"] >= diameter_mm]
        if not fits:
            fits = [d for d in self.ducts if d["max_cable_mm"] >= diameter_mm] or self.ducts
            d = max(fits, key=lambda x: x["microducts"])
            return d["type"], int(math.ceil(n_cables / float(d["microducts"]))), float(d["eur_per_m"])
        d = min(fits, key=lambda x: (x["eur_per_m"], x["type"]))
        return d["type"], 1, float(d["eur_per_m"])

    def splitter(self, ratio):
        ratio = int(ratio)
        if ratio not in self.splitters:
            raise InputError("Splitter ratio 1:%d is not in the fiber catalogue (available: %s)."
                             % (ratio, ", ".join("1:%d" % r for r in sorted(self.splitters))))
        return self.splitters[ratio]

    def dp_type(self, homes):
        for d in self.dp_types:
            if d["max_homes"] >= homes:
                return d["type"], float(d["eur"])
        d = self.dp_types[-1]
        return d["type"], float(d["eur"]) * math.ceil(homes / float(d["max_homes"]))

    def budget(self, klass):
        classes = self.optics["classes"]
        if klass not in classes:
            raise InputError("Optical budget class '%s' unknown; choose one of %s."
                             % (klass, ", ".join(sorted(classes))))
        return float(classes[klass])


def load_catalogue(path=None):
    """The default catalogue merged with the user file ``path`` (JSON) when given."""
    with open(DEFAULT_PATH, encoding="utf-8") as fh:
        data = json.load(fh)
    source = DEFAULT_PATH
    if path:
        if not os.path.exists(path):
            raise InputError("Fiber catalogue file '%s' does not exist." % path)
        try:
            with open(path, encoding="utf-8") as fh:
                user = json.load(fh)
        except ValueError as exc:
            raise InputError("Fiber catalogue file '%s' is not valid JSON: %s" % (path, exc)) from exc
        data = _merge(copy.deepcopy(data), user)
        source = path
    return Catalogue(data, source)
