"""Antenna patterns: 3GPP TR 38.901 element, TR 36.814 macro sector, omni and
MSI/Planet pattern files.

Angle conventions (all degrees): ``phi`` = horizontal angle from the boresight
(-180..180, clockwise positive); ``elev`` = elevation of the receiver seen from the
antenna (negative = below the horizon); ``tilt`` = downtilt (positive down, mechanical
plus electrical; the vertical pattern is shifted by it, a common planning approximation
of a mechanically rotated pattern). Gains are dBi.
"""

import os
import re

import numpy as np

from ..errors import InputError


def _wrap180(a):
    return (np.asarray(a, dtype=float) + 180.0) % 360.0 - 180.0


def gain_38901(phi, elev, tilt=0.0, hpbw_h=65.0, hpbw_v=65.0, sla_v=30.0, a_max=30.0, g_max=8.0):
    """3GPP TR 38.901 Table 7.3-1 single element: A_V(theta) = -min(12((theta-90-tilt)/65)^2, 30),
    A_H(phi) = -min(12(phi/65)^2, 30), A = -min(-(A_V + A_H), 30), G = 8 dBi + A.
    theta is the zenith angle (90 = horizon)."""
    theta = 90.0 - np.asarray(elev, dtype=float)
    av = -np.minimum(12.0 * ((theta - 90.0 - np.asarray(tilt, float)) / hpbw_v) ** 2, sla_v)
    ah = -np.minimum(12.0 * (_wrap180(phi) / hpbw_h) ** 2, a_max)
    return g_max - np.minimum(-(av + ah), a_max)


def gain_36814(phi, elev, tilt=0.0, hpbw_h=70.0, hpbw_v=10.0, a_m=25.0, sla_v=20.0, g_max=14.0):
    """3GPP TR 36.814 Table A.2.1.1-2 macro 3-sector antenna: A_H = -min(12(phi/70)^2, 25),
    A_V = -min(12((theta - theta_tilt)/10)^2, 20) with theta measured below the horizon,
    A = -min(-(A_H + A_V), 25), G = 14 dBi + A."""
    depression = -np.asarray(elev, dtype=float)
    av = -np.minimum(12.0 * ((depression - np.asarray(tilt, float)) / hpbw_v) ** 2, sla_v)
    ah = -np.minimum(12.0 * (_wrap180(phi) / hpbw_h) ** 2, a_m)
    return g_max - np.minimum(-(ah + av), a_m)


def gain_omni(phi, elev, tilt=0.0, g_max=0.0):
    """Isotropic (0 dBi) or constant-gain omni antenna."""
    return np.full(np.broadcast(np.asarray(phi), np.asarray(elev)).shape, float(g_max))


class PatternFile:
    """An MSI/Planet antenna pattern (``.msi``, ``.pln``, ``.txt``).

    Format: header lines ``KEY value`` (NAME, FREQUENCY, GAIN <value> [dBi|dBd],
    TILT, ...), then ``HORIZONTAL 360`` followed by 360 lines ``angle attenuation_dB``
    (angle clockwise from the boresight), then ``VERTICAL 360`` with 360 lines (angle 0 =
    horizon, 90 = straight down, 270 = up). Attenuations are positive dB below the
    maximum gain. Gain = GAIN(dBi) - (H(phi) + V(depression - tilt)), linear interpolation
    between the tabulated degrees (periodic over 360 deg)."""

    def __init__(self, path):
        self.path = path
        self.name = os.path.splitext(os.path.basename(path))[0]
        self.gain_dbi = None
        self.frequency = None
        self.h = self.v = None
        self._parse()

    def _parse(self):
        try:
            with open(self.path, encoding="latin-1") as fh:
                lines = [ln.strip() for ln in fh if ln.strip()]
        except OSError as exc:
            raise InputError("Cannot read antenna pattern file '%s': %s" % (self.path, exc)) from exc
        cuts = {}
        i = 0
        while i < len(lines):
            parts = lines[i].split()
            key = parts[0].upper()
            if key in ("HORIZONTAL", "VERTICAL"):
                n = int(float(parts[1])) if len(parts) > 1 else 360
                rows = []
                for ln in lines[i + 1 : i + 1 + n]:
                    a, b = ln.replace(",", ".").split()[:2]
                    rows.append((float(a), float(b)))
                if len(rows) != n:
                    raise InputError(
                        "Antenna pattern '%s': %s cut has %d of %d lines." % (self.path, key, len(rows), n)
                    )
                cuts[key] = np.array(rows)
                i += n + 1
                continue
            if key == "NAME" and len(parts) > 1:
                self.name = " ".join(parts[1:])
            elif key == "FREQUENCY" and len(parts) > 1:
                self.frequency = float(re.sub(r"[^0-9.]", "", parts[1]) or 0) or None
            elif key == "GAIN" and len(parts) > 1:
                g = float(parts[1].replace(",", "."))
                unit = parts[2].lower() if len(parts) > 2 else "dbi"
                self.gain_dbi = g + 2.15 if unit == "dbd" else g
            i += 1
        if "HORIZONTAL" not in cuts or "VERTICAL" not in cuts:
            raise InputError(
                "Antenna pattern '%s' needs a HORIZONTAL and a VERTICAL cut "
                "(MSI/Planet format)." % self.path
            )
        if self.gain_dbi is None:
            raise InputError("Antenna pattern '%s' has no GAIN line." % self.path)
        self.h, self.v = self._periodic(cuts["HORIZONTAL"]), self._periodic(cuts["VERTICAL"])

    @staticmethod
    def _periodic(cut):
        ang = np.mod(cut[:, 0], 360.0)
        order = np.argsort(ang, kind="stable")
        ang, att = ang[order], cut[order, 1]
        return np.concatenate([ang, [ang[0] + 360.0]]), np.concatenate([att, [att[0]]])

    @staticmethod
    def _interp(cut, angle):
        ang, att = cut
        return np.interp(np.mod(angle, 360.0), ang, att)

    def gain(self, phi, elev, tilt=0.0):
        depression = -np.asarray(elev, dtype=float) - np.asarray(tilt, dtype=float)
        return self.gain_dbi - (
            self._interp(self.h, np.asarray(phi, float)) + self._interp(self.v, depression)
        )

    @property
    def max_gain(self):
        return self.gain_dbi


BUILTIN = {"38901": gain_38901, "36814": gain_36814, "omni": gain_omni}
BUILTIN_MAX = {"38901": 8.0, "36814": 14.0, "omni": 0.0}


def resolve_pattern(name, pattern_dir=None, cache=None):
    """(gain function(phi, elev, tilt), max gain dBi) for a built-in pattern name
    ('38901', '36814', 'omni') or a pattern file path (absolute or relative to
    ``pattern_dir``). Raises InputError with a readable message otherwise."""
    key = str(name or "").strip()
    low = key.lower().replace("tr", "").replace(" ", "").replace(".", "")
    for b in BUILTIN:
        if low == b:
            return BUILTIN[b], BUILTIN_MAX[b]
    if low in ("", "none", "iso", "isotropic"):
        return gain_omni, 0.0
    cache = {} if cache is None else cache
    path = key
    if not os.path.isabs(path) and pattern_dir:
        path = os.path.join(pattern_dir, key)
    if not os.path.exists(path):
        raise InputError(
            "Antenna pattern %r is neither a built-in pattern (38901, 36814, "
            "omni) nor an existing MSI/Planet file." % key
        )
    if path not in cache:
        cache[path] = PatternFile(path)
    pf = cache[path]
    return pf.gain, pf.max_gain
