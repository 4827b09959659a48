"""Run InfraPlan algorithms through ``qgis_process.bin`` in a throw-away QGIS profile.

Used by ``make demo`` and by the end-to-end tests. Debian's ``qgis_process`` wrapper
fails (``--noversioncheck``), so this calls ``qgis_process.bin`` directly.
"""
import json
import os
import shutil
import subprocess  # nosec B404 - runs the local qgis_process.bin only
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QGIS_PROCESS = shutil.which("qgis_process.bin") or "qgis_process.bin"


class QgisProcessError(RuntimeError):
    pass


class Runner:
    """A throw-away profile with the checkout linked in as plugin ``infraplan``."""

    def __init__(self, profile_dir=None):
        self.profile_dir = profile_dir or tempfile.mkdtemp(prefix="infraplan-profile-")
        self.plugin_dir = os.path.join(self.profile_dir, "plugins")
        os.makedirs(self.plugin_dir, exist_ok=True)
        link = os.path.join(self.plugin_dir, "infraplan")
        if not os.path.lexists(link):
            os.symlink(REPO, link)
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                        QGIS_CUSTOM_CONFIG_PATH=os.path.join(self.profile_dir, "config"),
                        QGIS_PLUGINPATH=self.plugin_dir,
                        XDG_RUNTIME_DIR=os.path.join(self.profile_dir, "xdg"))
        os.makedirs(self.env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
        self._enabled = False

    def call(self, *args, check=True, timeout=1800):
        proc = subprocess.run([QGIS_PROCESS, *args], env=self.env, capture_output=True,  # nosec B603
                              text=True, timeout=timeout)
        if check and proc.returncode != 0:
            raise QgisProcessError("qgis_process.bin %s failed (%d):\n%s\n%s" % (
                " ".join(args[:2]), proc.returncode, proc.stdout[-4000:], proc.stderr[-4000:]))
        return proc

    def enable(self):
        if not self._enabled:
            self.call("plugins", "enable", "infraplan")
            self._enabled = True

    def list_algorithms(self):
        self.enable()
        out = self.call("list").stdout
        return sorted({w for line in out.splitlines() for w in line.split() if w.startswith("infraplan:")})

    def help(self, alg_id):
        self.enable()
        return self.call("help", alg_id).stdout

    def run(self, alg_id, params, check=True):
        """Run ``alg_id`` with ``params`` (values: str/number/bool or list for multiple
        values); returns the parsed JSON result (``results`` holds the outputs)."""
        self.enable()
        args = ["--json", "run", alg_id, "--"]
        for key, value in params.items():
            for v in (value if isinstance(value, (list, tuple)) else [value]):
                if isinstance(v, bool):
                    v = "true" if v else "false"
                args.append("%s=%s" % (key, v))
        proc = self.call(*args, check=check)
        text = proc.stdout
        start = text.find("{")
        if start < 0:
            if check:
                raise QgisProcessError("no JSON from qgis_process.bin:\n%s\n%s" % (text, proc.stderr))
            return {"returncode": proc.returncode, "stderr": proc.stderr, "stdout": text}
        result = json.loads(text[start:])
        result["returncode"] = proc.returncode
        result["stderr"] = proc.stderr
        return result
