"""A tiny hand-made OSM extract (XML) in EPSG:25832 coordinates for hand-checkable tests."""
import pytest

ORIGIN = (664500.0, 5487000.0)  # Lauf old town, EPSG:25832


class OsmWriter:
    """Builds an .osm XML file from geometry given in EPSG:25832 metres."""

    def __init__(self):
        from pyproj import Transformer

        self._tr = Transformer.from_crs("EPSG:25832", "EPSG:4326", always_xy=True)
        self.nodes, self.ways = [], []
        self._next = 1

    def node(self, x, y, **tags):
        lon, lat = self._tr.transform(ORIGIN[0] + x, ORIGIN[1] + y)
        nid = self._next
        self._next += 1
        self.nodes.append((nid, lon, lat, tags))
        return nid

    def way(self, coords, closed=False, **tags):
        ids = [self.node(x, y) for x, y in coords]
        if closed:
            ids.append(ids[0])
        wid = 1000 + len(self.ways)
        self.ways.append((wid, ids, tags))
        return "w%d" % wid

    def rect(self, x, y, w, h, **tags):
        return self.way([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], closed=True, **tags)

    def write(self, path):
        def tag_xml(tags):
            return "".join('<tag k="%s" v="%s"/>' % (k, v)
                           for k, v in tags.items())
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6" generator="test">']
        for nid, lon, lat, tags in self.nodes:
            lines.append('<node id="%d" version="1" lat="%.9f" lon="%.9f">%s</node>'
                         % (nid, lat, lon, tag_xml(tags)))
        for wid, ids, tags in self.ways:
            lines.append('<way id="%d" version="1">%s%s</way>' % (
                wid, "".join('<nd ref="%d"/>' % i for i in ids), tag_xml(tags)))
        lines.append("</osm>")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        return path


@pytest.fixture()
def osm_writer():
    return OsmWriter()
