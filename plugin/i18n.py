"""Translation with one fixed context, and the plugin's translator."""
import os

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "InfraPlan"
I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "i18n")


def tr(text):
    """Translate ``text`` in the plugin's single context."""
    return QCoreApplication.translate(CONTEXT, text)


def qgis_locale():
    """QGIS's UI language ('de', 'en', …) as the desktop and qgis_process use it."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        value = settings.value("locale/userLocale", "") or ""
    else:
        value = QLocale.system().name()
    return (value or "en")[:2]


def install_translator(locale=None):
    """Install the German (or other) translator when a ``.qm`` exists; return it or None."""
    locale = (locale or qgis_locale())[:2]
    path = os.path.join(I18N_DIR, "infraplan_%s.qm" % locale)
    if not os.path.exists(path):
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
