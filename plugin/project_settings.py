"""InfraPlan's per-project settings: planning CRS, layer roles, catalogue path and thresholds.

Everything is stored in the QGIS project as custom properties (scope ``infraplan``), so it
travels with the ``.qgz`` and is restored when the project is reopened.

``ROLES`` is the ONE table mapping a project layer role to the parameter names of the
Processing algorithms that take such a layer: the planning panel fills any algorithm's
parameters generically from it (``parameter_role``), so the panel keeps working while the
algorithms' parameters evolve.
"""
import json
from collections import namedtuple

from qgis.core import QgsCoordinateReferenceSystem, QgsMapLayer, QgsProject

from .i18n import tr

SCOPE = "infraplan"
KEY_CRS = "crs"
KEY_CATALOGUE = "catalogue/path"
KEY_THRESHOLDS = "thresholds"
ROLE_KEY = "roles/%s"

# layer kinds a role accepts (the settings dialog filters its combo boxes by them)
POINT, LINE, POLYGON, VECTOR, RASTER, FILE = "point", "line", "polygon", "vector", "raster", "file"

#: key, kind of layer, parameter names (exact, upper case) that take the role's layer.
#: A name "alg:PARAM" applies to that algorithm only (for generic names such as INPUT or
#: OUTPUT); output names listed here make the Data tab assign its results to the role.
Role = namedtuple("Role", "key kind params")

ROLES = (
    Role("area", POLYGON, ("AREA", "PLANNING_AREA", "BOUNDARY")),
    Role("osm", FILE, ("prepareosm:INPUT", "OSM", "OSM_FILE", "OSM_EXTRACT")),
    Role("elevation", RASTER, ("preparedem:INPUT", "ELEVATION", "ELEVATION_SOURCE")),
    Role("buildings", POLYGON, ("BUILDINGS", "BUILDING", "estimatedwellings:OUTPUT")),
    Role("addresses", POINT, ("ADDRESSES", "ADDRESS")),
    Role("streets", LINE, ("STREETS", "ROADS", "STREET")),
    Role("pop", POINT, ("POP", "POPS")),
    Role("sites", POINT, ("SITES", "SECTORS")),
    Role("candidates", POINT, ("CANDIDATES", "CANDIDATE_SITES")),
    Role("dem", RASTER, ("DEM", "INPUT_DEM", "preparedem:OUTPUT")),
    Role("dsm", RASTER, ("DSM", "INPUT_DSM", "preparedem:OUTPUT_DSM")),
    Role("zensus100", VECTOR, ("ZENSUS_100M", "ZENSUS100", "ZENSUS100M", "ZENSUS", "POPULATION", "GRID",
                                   "CENSUS_GRID")),
    Role("zensus1km", VECTOR, ("ZENSUS_1KM", "ZENSUS1KM", "ZENSUS_1000M", "heatrisk:ZENSUS", "POPULATION")),
    Role("districts", POLYGON, ("DISTRICTS", "DISTRICT", "AREAS")),
    Role("green", POLYGON, ("GREEN", "GREEN_SPACES", "PARKS")),
    Role("landcover", POLYGON, ("LANDCOVER", "LAND_COVER")),
    Role("trees", POINT, ("TREES",)),
    Role("facilities", VECTOR, ("FACILITIES",)),
    Role("water", POLYGON, ("WATER",)),
    # results of one step that later steps (or a later run) take as input
    Role("rsrp", RASTER, ("RSRP", "coverage:OUTPUT_RSRP")),
    Role("heat_risk", RASTER, ("HEAT_RISK", "heatrisk:OUTPUT_RISK")),
    Role("ponding", RASTER, ("PONDING", "PONDING_DEPTH", "ponding:OUTPUT_DEPTH")),
    Role("green_access", VECTOR, ("GREEN_ACCESS", "greenaccess:OUTPUT")),
)
ROLE_BY_KEY = {r.key: r for r in ROLES}
#: parameter names that receive the planning CRS
CRS_PARAMS = ("CRS", "TARGET_CRS", "PLANNING_CRS", "OUTPUT_CRS")
#: parameter names that receive the project's catalogue file
CATALOGUE_PARAMS = ("CATALOGUE", "CATALOG", "COST_CATALOGUE")


def role_label(key):
    """The translated label of a role (a function: tr() must run after the translator)."""
    return {
        "area": tr("Planning area"), "osm": tr("OSM extract (.osm.pbf)"),
        "elevation": tr("Elevation source raster (for Prepare DEM)"),
        "buildings": tr("Buildings"), "addresses": tr("Addresses"), "streets": tr("Streets"),
        "pop": tr("PoP (central office)"), "sites": tr("Mobile sites / sectors"),
        "candidates": tr("Candidate sites"), "dem": tr("Terrain model (DEM)"),
        "dsm": tr("Surface model (DSM)"), "zensus100": tr("Zensus 100 m grid"),
        "zensus1km": tr("Zensus 1 km grid"), "districts": tr("Districts"),
        "green": tr("Green spaces"), "landcover": tr("Land cover"), "trees": tr("Trees"),
        "facilities": tr("Sensitive facilities (schools, care homes …)"), "water": tr("Water bodies"),
        "rsrp": tr("Received power raster (RSRP, from Coverage)"),
        "heat_risk": tr("Heat-risk raster (from Heat risk)"),
        "ponding": tr("Ponding-depth raster (from Ponding)"),
        "green_access": tr("Green access per building (from Green access)"),
    }.get(key, key)


def parameter_roles(name, alg_name=""):
    """Every role whose layer may go into parameter ``name`` of algorithm ``alg_name``, best
    first: "alg:NAME" entries of ``ROLES``, then plain names in table order, then the Zensus
    family by pattern (``ZENSUS*``: 1 km when the name says 1KM/1000, else 100 m)."""
    upper = (name or "").upper()
    found = []
    if alg_name:
        qualified = "%s:%s" % (alg_name.split(":")[-1], upper)
        found += [role.key for role in ROLES if qualified in role.params]
    found += [role.key for role in ROLES if upper in role.params and role.key not in found]
    if not found and upper.startswith("ZENSUS"):
        found.append("zensus1km" if ("1KM" in upper or "1000" in upper) else "zensus100")
    return found


def parameter_role(name, alg_name=""):
    """The best role for parameter ``name`` of ``alg_name`` (None when no role fits)."""
    roles = parameter_roles(name, alg_name)
    return roles[0] if roles else None


#: field parameters the panel fills with the first field of the chosen layer whose name (case
#: insensitive) is one of these; a layer role without such a field gives way to the next role
#: listing the same layer parameter (POPULATION: Zensus 100 m, else Zensus 1 km).
FIELD_CANDIDATES = {
    "POPULATION_FIELD": ("einwohner", "population", "inhabitants", "residents", "pop", "ew"),
    "HOUSEHOLDS_FIELD": ("households", "haushalte", "dwellings", "wohnungen"),
    "DISTRICT_FIELD": ("district", "stadtteil", "ortsteil", "name"),
}


def candidate_field(layer, param_name):
    """The layer's field for a field parameter by FIELD_CANDIDATES ("" when none; None when the
    parameter has no convention)."""
    candidates = FIELD_CANDIDATES.get((param_name or "").upper())
    if candidates is None:
        return None
    names = {f.name().lower(): f.name() for f in layer.fields()} if hasattr(layer, "fields") else {}
    for candidate in candidates:
        if candidate in names:
            return names[candidate]
    return ""


def _read(project, key, default=""):
    value, ok = project.readEntry(SCOPE, key, default)
    return value if ok else default


class ProjectSettings:
    """Values of one project; ``load``/``save`` read and write its custom properties."""

    def __init__(self, crs="", roles=None, catalogue_path="", thresholds=None):
        self.crs = crs  # authid (EPSG:25832) or WKT; "" = the algorithms' default
        self.roles = dict(roles or {})  # role key -> layer id
        self.catalogue_path = catalogue_path
        self.thresholds = dict(thresholds or {})  # "alg_id/PARAM" -> value

    @classmethod
    def load(cls, project=None):
        project = project or QgsProject.instance()
        roles = {}
        for role in ROLES:
            layer_id = _read(project, ROLE_KEY % role.key)
            if layer_id:
                roles[role.key] = layer_id
        try:
            thresholds = json.loads(_read(project, KEY_THRESHOLDS, "{}") or "{}")
        except ValueError:
            thresholds = {}
        return cls(_read(project, KEY_CRS), roles, _read(project, KEY_CATALOGUE), thresholds)

    def save(self, project=None):
        project = project or QgsProject.instance()
        project.writeEntry(SCOPE, KEY_CRS, self.crs or "")
        for role in ROLES:
            key = ROLE_KEY % role.key
            if self.roles.get(role.key):
                project.writeEntry(SCOPE, key, self.roles[role.key])
            else:
                project.removeEntry(SCOPE, key)
        project.writeEntry(SCOPE, KEY_CATALOGUE, self.catalogue_path or "")
        project.writeEntry(SCOPE, KEY_THRESHOLDS, json.dumps(self.thresholds, sort_keys=True))
        project.setDirty(True)

    # look-ups used by the panel -------------------------------------------------------
    def crs_object(self):
        if not self.crs:
            return QgsCoordinateReferenceSystem()
        crs = QgsCoordinateReferenceSystem(self.crs)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem.fromWkt(self.crs)
        return crs

    def layer(self, role_key, project=None):
        """The project layer of a role, or None when unset or no longer in the project."""
        project = project or QgsProject.instance()
        layer_id = self.roles.get(role_key)
        layer = project.mapLayer(layer_id) if layer_id else None
        return layer if isinstance(layer, QgsMapLayer) else None

    def value(self, role_key):
        """The stored value of a role: a layer id, or a file path for FILE roles."""
        return self.roles.get(role_key, "")

    def planning_extent(self, project=None):
        """``"xmin,xmax,ymin,ymax [CRS]"`` of the planning area (else buildings, streets, DEM)."""
        for key in ("area", "buildings", "streets", "dem"):
            layer = self.layer(key, project)
            if layer is not None and not layer.extent().isEmpty():
                e = layer.extent()
                return "%.3f,%.3f,%.3f,%.3f [%s]" % (e.xMinimum(), e.xMaximum(), e.yMinimum(), e.yMaximum(),
                                                     layer.crs().authid())
        return None

    def threshold(self, alg_id, param):
        return self.thresholds.get("%s/%s" % (alg_id, param))
