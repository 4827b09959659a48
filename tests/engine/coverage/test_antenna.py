"""Antenna patterns: built-in 38.901 / 36.814 properties and MSI/Planet file import."""

import numpy as np
import pytest

from infraplan.algorithms.coverage import antenna as ant
from infraplan.algorithms.errors import InputError


def write_msi(path, gain="17.5 dBi", h=None, v=None, extra=""):
    h = h if h is not None else [min(12 * (a if a <= 180 else 360 - a) ** 2 / 65**2, 25) for a in range(360)]
    v = v if v is not None else [min(12 * (a if a <= 180 else 360 - a) ** 2 / 7**2, 20) for a in range(360)]
    lines = [
        "NAME Test panel",
        "FREQUENCY 1800",
        "GAIN %s" % gain,
        "TILT ELECTRICAL 0",
        extra,
        "HORIZONTAL 360",
    ]
    lines += ["%d %.4f" % (a, x) for a, x in enumerate(h)]
    lines += ["VERTICAL 360"] + ["%d %.4f" % (a, x) for a, x in enumerate(v)]
    path.write_text("\n".join(line for line in lines if line) + "\n")
    return str(path)


def test_msi_import_and_interpolation(tmp_path):
    pf = ant.PatternFile(write_msi(tmp_path / "panel.msi"))
    assert pf.name == "Test panel" and pf.gain_dbi == 17.5 and pf.frequency == 1800
    # boresight, horizon
    assert float(pf.gain(0.0, 0.0)) == pytest.approx(17.5)
    # integer angles reproduce the table
    assert float(pf.gain(30.0, 0.0)) == pytest.approx(17.5 - 12 * 30**2 / 65**2, abs=1e-4)
    assert float(pf.gain(-30.0, 0.0)) == pytest.approx(17.5 - 12 * 30**2 / 65**2, abs=1e-4)  # 330 deg
    # linear interpolation between 30 and 31 deg
    a30, a31 = 12 * 30**2 / 65**2, 12 * 31**2 / 65**2
    assert float(pf.gain(30.5, 0.0)) == pytest.approx(17.5 - (a30 + a31) / 2, abs=1e-4)
    # vertical: receiver 5 deg below the horizon with 5 deg downtilt -> on the beam
    assert float(pf.gain(0.0, -5.0, tilt=5.0)) == pytest.approx(17.5)
    assert float(pf.gain(0.0, -5.0, tilt=0.0)) == pytest.approx(17.5 - 12 * 25 / 49, abs=1e-4)
    # wrap-around between 359 and 0/360
    assert float(pf.gain(359.5, 0.0)) == pytest.approx(17.5 - (12 / 65**2) / 2, abs=1e-4)
    fn, gmax = ant.resolve_pattern("panel.msi", str(tmp_path))
    assert gmax == 17.5 and float(fn(0.0, 0.0)) == pytest.approx(17.5)


def test_msi_dbd_and_errors(tmp_path):
    pf = ant.PatternFile(write_msi(tmp_path / "a.pln", gain="15 dBd"))
    assert pf.gain_dbi == pytest.approx(17.15)
    bad = tmp_path / "bad.msi"
    bad.write_text("NAME x\nGAIN 10\nHORIZONTAL 360\n0 0\n")
    with pytest.raises(InputError):
        ant.PatternFile(str(bad))
    with pytest.raises(InputError):
        ant.resolve_pattern("does-not-exist.msi")
    nogain = tmp_path / "nogain.msi"
    write_msi(nogain)
    nogain.write_text(nogain.read_text().replace("GAIN 17.5 dBi\n", ""))
    with pytest.raises(InputError):
        ant.PatternFile(str(nogain))


def test_shipped_pattern_file_matches_36814():
    import os

    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "..", "resources", "antennas", "generic_36814_14dBi.msi")
    pf = ant.PatternFile(os.path.normpath(path))
    phi = np.arange(-180, 180, 7.0)
    for elev in (0.0, -3.0, -10.0):
        ours = pf.gain(phi, elev, tilt=0.0)
        # separable cuts summed (no 25 dB cap on the sum) vs the 36.814 formula with cap
        ref = ant.gain_36814(phi, elev, 0.0)
        close = np.abs(ours - ref) < 1e-3
        # identical wherever the 36.814 cap of 25 dB is not active
        capped = ant.gain_36814(phi, elev, 0.0) <= 14.0 - 25.0 + 1e-9
        assert np.all(close | capped)


def test_builtin_patterns_properties():
    # 38.901: max 8 dBi at boresight on the tilted beam, symmetric, front-to-back 30 dB
    assert float(ant.gain_38901(0.0, -6.0, 6.0)) == pytest.approx(8.0)
    assert float(ant.gain_38901(40.0, 0.0)) == pytest.approx(float(ant.gain_38901(-40.0, 0.0)))
    assert float(ant.gain_38901(180.0, 0.0)) == pytest.approx(8.0 - 30.0)
    # 36.814: 3 dB down at half the 70 deg HPBW, cap 25 dB
    assert float(ant.gain_36814(35.0, 0.0)) == pytest.approx(14.0 - 3.0)
    assert float(ant.gain_36814(180.0, -30.0)) == pytest.approx(14.0 - 25.0)
    assert float(ant.gain_omni(10.0, -20.0)) == 0.0
    fn, g = ant.resolve_pattern("TR 38.901")
    assert g == 8.0
