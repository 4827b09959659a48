<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>InfraPlan</name>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="262" />
      <source>%d candidate(s) rejected: %s</source>
      <translation>%d Kandidat(en) abgelehnt: %s</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="572" />
      <source>%d layers added</source>
      <translation>%d Layer hinzugefügt</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="314" />
      <source>%d sector(s) rejected; see the rejected output.</source>
      <translation>%d Sektor(en) abgewiesen; siehe Ausgabe der abgewiesenen Sektoren.</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="157" />
      <source>%s (layer role '%s': set it in InfraPlan → Settings…)</source>
      <translation>%s (Layerrolle '%s': unter InfraPlan → Einstellungen… festlegen)</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="561" />
      <source>%s features</source>
      <translation>%s Objekte</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="268" />
      <source>%s is not a catalogue (a JSON object is expected).</source>
      <translation>%s ist kein Katalog (erwartet wird ein JSON-Objekt).</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="332" />
      <source>%s – not available yet</source>
      <translation>%s – noch nicht verfügbar</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="227" />
      <source>%s, %s: %s is outside the allowed range.</source>
      <translation>%s, %s: %s liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="223" />
      <source>%s, %s: '%s' is not a number.</source>
      <translation>%s, %s: '%s' ist keine Zahl.</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="216" />
      <source>%s, %s: '%s' is not accepted.</source>
      <translation>%s, %s: '%s' wird nicht akzeptiert.</translation>
    </message>
    <message>
      <location filename="../../plugin/plugin.py" line="39" />
      <source>&amp;InfraPlan</source>
      <translation>&amp;InfraPlan</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/common.py" line="26" />
      <source>'%s' is not a comma-separated list of numbers (dBm).</source>
      <translation>'%s' ist keine kommagetrennte Liste von Zahlen (dBm).</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/common.py" line="33" />
      <source>'%s' is not a comma-separated list of numbers.</source>
      <translation>'%s' ist keine kommagetrennte Liste von Zahlen.</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="185" />
      <source>'%s' is not a finite number.</source>
      <translation>'%s' ist keine endliche Zahl.</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="183" />
      <source>'%s' is not a number.</source>
      <translation>'%s' ist keine Zahl.</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="191" />
      <source>'%s' must be a whole number.</source>
      <translation>'%s' muss eine ganze Zahl sein.</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="199" />
      <source>'%s' must be true or false.</source>
      <translation>'%s' muss true oder false (ja oder nein) sein.</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="366" />
      <source>(defaults only)</source>
      <translation>(nur Standardwerte)</translation>
    </message>
    <message>
      <location filename="../styles/coverage_rsrp.qml" line="0" />
      <source>-105 .. -95 dBm: fair</source>
      <translation>-105 .. -95 dBm: mittel</translation>
    </message>
    <message>
      <location filename="../styles/coverage_rsrp.qml" line="0" />
      <source>-115 .. -105 dBm: weak</source>
      <translation>-115 .. -105 dBm: schwach</translation>
    </message>
    <message>
      <location filename="../styles/coverage_rsrp.qml" line="0" />
      <source>-95 .. -80 dBm: good</source>
      <translation>-95 .. -80 dBm: gut</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/validategisnb.py" line="50" />
      <source>... or a GeoPackage / single file (instead of the folder)</source>
      <translation>... oder ein GeoPackage / eine einzelne Datei (statt des Ordners)</translation>
    </message>
    <message>
      <location filename="../styles/coverage_sinr.qml" line="0" />
      <source>0 .. 5 dB: poor</source>
      <translation>0 .. 5 dB: schlecht</translation>
    </message>
    <message>
      <location filename="../styles/climate_hm.qml" line="0" />
      <source>0 no cooling</source>
      <translation>0 keine Kühlung</translation>
    </message>
    <message>
      <location filename="../styles/climate_greenaccess.qml" line="0" />
      <source>0 of 3-30-300 met</source>
      <translation>0 von 3-30-300 erfüllt</translation>
    </message>
    <message>
      <location filename="../styles/coverage_nservers.qml" line="0" />
      <source>0 servers</source>
      <translation>0 Server</translation>
    </message>
    <message>
      <location filename="../styles/data_landcover.qml" line="0" />
      <source>0 – 5 % sealed (vegetation, water)</source>
      <translation>0 – 5 % versiegelt (Vegetation, Wasser)</translation>
    </message>
    <message>
      <location filename="../styles/climate_depth.qml" line="0" />
      <source>0.05 m</source>
      <translation>0.05 m</translation>
    </message>
    <message>
      <location filename="../styles/climate_accumulation.qml" line="0" />
      <source>0.1 ha</source>
      <translation>0.1 ha</translation>
    </message>
    <message>
      <location filename="../styles/climate_depth.qml" line="0" />
      <source>0.3 m</source>
      <translation>0.3 m</translation>
    </message>
    <message>
      <location filename="../styles/climate_sinks.qml" line="0" />
      <source>0.3 – 0.5 m</source>
      <translation>0.3 – 0.5 m</translation>
    </message>
    <message>
      <location filename="../styles/climate_depth.qml" line="0" />
      <source>0.5 m</source>
      <translation>0.5 m</translation>
    </message>
    <message>
      <location filename="../styles/climate_sinks.qml" line="0" />
      <source>0.5 – 1 m</source>
      <translation>0.5 – 1 m</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_areas.qml" line="0" />
      <source>0–20 % of homes eligible</source>
      <translation>0–20 % der Wohneinheiten förderfähig</translation>
    </message>
    <message>
      <location filename="../styles/data_dwellings.qml" line="0" />
      <source>1 dwelling</source>
      <translation>1 Wohnung</translation>
    </message>
    <message>
      <location filename="../styles/climate_hm.qml" line="0" />
      <source>1 full cooling</source>
      <translation>1 volle Kühlung</translation>
    </message>
    <message>
      <location filename="../styles/climate_accumulation.qml" line="0" />
      <source>1 ha</source>
      <translation>1 ha</translation>
    </message>
    <message>
      <location filename="../styles/climate_depth.qml" line="0" />
      <source>1 m and deeper</source>
      <translation>1 m und tiefer</translation>
    </message>
    <message>
      <location filename="../styles/climate_greenaccess.qml" line="0" />
      <source>1 of 3 criteria met</source>
      <translation>1 von 3 Kriterien erfüllt</translation>
    </message>
    <message>
      <location filename="../styles/coverage_nservers.qml" line="0" />
      <source>1 server</source>
      <translation>1 Server</translation>
    </message>
    <message>
      <location filename="../styles/climate_heatrisk.qml" line="0" />
      <source>1 very low</source>
      <translation>1 sehr gering</translation>
    </message>
    <message>
      <location filename="../styles/climate_accumulation.qml" line="0" />
      <source>10 ha and more</source>
      <translation>10 ha und mehr</translation>
    </message>
    <message>
      <location filename="../styles/coverage_sinr.qml" line="0" />
      <source>13 .. 20 dB: good</source>
      <translation>13 .. 20 dB: gut</translation>
    </message>
    <message>
      <location filename="../styles/fiber_trenches.qml" line="0" />
      <source>13–48 fibers</source>
      <translation>13–48 Fasern</translation>
    </message>
    <message>
      <location filename="../styles/fiber_trenches.qml" line="0" />
      <source>145–288 fibers</source>
      <translation>145–288 Fasern</translation>
    </message>
    <message>
      <location filename="../styles/fiber_clusters.qml" line="0" />
      <source>17–32 homes</source>
      <translation>17–32 Wohneinheiten</translation>
    </message>
    <message>
      <location filename="../styles/climate_heatrisk.qml" line="0" />
      <source>2 low</source>
      <translation>2 gering</translation>
    </message>
    <message>
      <location filename="../styles/climate_greenaccess.qml" line="0" />
      <source>2 of 3 criteria met</source>
      <translation>2 von 3 Kriterien erfüllt</translation>
    </message>
    <message>
      <location filename="../styles/coverage_nservers.qml" line="0" />
      <source>2 servers</source>
      <translation>2 Server</translation>
    </message>
    <message>
      <location filename="../styles/data_dwellings.qml" line="0" />
      <source>2 – 3 dwellings</source>
      <translation>2 – 3 Wohnungen</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_areas.qml" line="0" />
      <source>20–40 % of homes eligible</source>
      <translation>20–40 % der Wohneinheiten förderfähig</translation>
    </message>
    <message>
      <location filename="../styles/climate_tair.qml" line="0" />
      <source>21 °C (rural reference)</source>
      <translation>21 °C (ländlicher Referenzwert)</translation>
    </message>
    <message>
      <location filename="../styles/climate_tair.qml" line="0" />
      <source>22 °C</source>
      <translation>22 °C</translation>
    </message>
    <message>
      <location filename="../styles/climate_tair.qml" line="0" />
      <source>23 °C</source>
      <translation>23 °C</translation>
    </message>
    <message>
      <location filename="../styles/climate_tair.qml" line="0" />
      <source>24 °C</source>
      <translation>24 °C</translation>
    </message>
    <message>
      <location filename="../styles/climate_tair.qml" line="0" />
      <source>25 °C and warmer</source>
      <translation>25 °C und wärmer</translation>
    </message>
    <message>
      <location filename="../styles/data_landcover.qml" line="0" />
      <source>25 – 50 % sealed (residential)</source>
      <translation>25 – 50 % versiegelt (Wohngebiete)</translation>
    </message>
    <message>
      <location filename="../styles/climate_heatrisk.qml" line="0" />
      <source>3 medium</source>
      <translation>3 mittel</translation>
    </message>
    <message>
      <location filename="../styles/coverage_nservers.qml" line="0" />
      <source>3 servers</source>
      <translation>3 Server</translation>
    </message>
    <message>
      <location filename="../styles/climate_greenaccess.qml" line="0" />
      <source>3-30-300 fully met</source>
      <translation>3-30-300 vollständig erfüllt</translation>
    </message>
    <message>
      <location filename="../styles/data_dem.qml" line="0" />
      <source>300 m</source>
      <translation>300 m</translation>
    </message>
    <message>
      <location filename="../styles/data_dem.qml" line="0" />
      <source>330 m</source>
      <translation>330 m</translation>
    </message>
    <message>
      <location filename="../styles/fiber_clusters.qml" line="0" />
      <source>33–64 homes</source>
      <translation>33–64 Wohneinheiten</translation>
    </message>
    <message>
      <location filename="../styles/data_dem.qml" line="0" />
      <source>360 m</source>
      <translation>360 m</translation>
    </message>
    <message>
      <location filename="../styles/data_dem.qml" line="0" />
      <source>390 m</source>
      <translation>390 m</translation>
    </message>
    <message>
      <location filename="../styles/climate_heatrisk.qml" line="0" />
      <source>4 high</source>
      <translation>4 hoch</translation>
    </message>
    <message>
      <location filename="../styles/coverage_nservers.qml" line="0" />
      <source>4 or more servers (overlap / interference)</source>
      <translation>4 oder mehr Server (Überlappung / Interferenz)</translation>
    </message>
    <message>
      <location filename="../styles/data_dwellings.qml" line="0" />
      <source>4 – 6 dwellings</source>
      <translation>4 – 6 Wohnungen</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_areas.qml" line="0" />
      <source>40–60 % of homes eligible</source>
      <translation>40–60 % der Wohneinheiten förderfähig</translation>
    </message>
    <message>
      <location filename="../styles/data_dem.qml" line="0" />
      <source>430 m a.s.l.</source>
      <translation>430 m ü. NHN</translation>
    </message>
    <message>
      <location filename="../styles/fiber_trenches.qml" line="0" />
      <source>49–144 fibers</source>
      <translation>49–144 Fasern</translation>
    </message>
    <message>
      <location filename="../styles/coverage_sinr.qml" line="0" />
      <source>5 .. 13 dB: fair</source>
      <translation>5 .. 13 dB: mittel</translation>
    </message>
    <message>
      <location filename="../styles/climate_heatrisk.qml" line="0" />
      <source>5 very high</source>
      <translation>5 sehr hoch</translation>
    </message>
    <message>
      <location filename="../styles/data_landcover.qml" line="0" />
      <source>5 – 25 % sealed (parks, gardens)</source>
      <translation>5 – 25 % versiegelt (Parks, Gärten)</translation>
    </message>
    <message>
      <location filename="../styles/data_landcover.qml" line="0" />
      <source>50 – 80 % sealed (industrial, farmyards)</source>
      <translation>50 – 80 % versiegelt (Gewerbe/Industrie, Hofflächen)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="28" />
      <source>5G,LTE,NR,RSRP,SINR,best server,coverage,propagation,38.901,Hata,viewshed,Funkloch</source>
      <translation>5G,LTE,NR,RSRP,SINR,Best Server,Versorgung,Mobilfunkversorgung,Funkversorgung,Abdeckung,Ausbreitung,Wellenausbreitung,38.901,Hata,Sichtbarkeitsanalyse,Viewshed,Funkloch,coverage,propagation</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_areas.qml" line="0" />
      <source>60–80 % of homes eligible</source>
      <translation>60–80 % der Wohneinheiten förderfähig</translation>
    </message>
    <message>
      <location filename="../styles/data_dwellings.qml" line="0" />
      <source>7 – 12 dwellings</source>
      <translation>7 – 12 Wohnungen</translation>
    </message>
    <message>
      <location filename="../styles/data_landcover.qml" line="0" />
      <source>80 – 100 % sealed (commercial, parking)</source>
      <translation>80 – 100 % versiegelt (Handel, Parkplätze)</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_areas.qml" line="0" />
      <source>80–100 % of homes eligible</source>
      <translation>80–100 % der Wohneinheiten förderfähig</translation>
    </message>
    <message>
      <location filename="../styles/coverage_rsrp.qml" line="0" />
      <source>&lt; -115 dBm: hole</source>
      <translation>&lt; -115 dBm: Funkloch</translation>
    </message>
    <message>
      <location filename="../styles/coverage_sinr.qml" line="0" />
      <source>&lt; 0 dB: unusable</source>
      <translation>&lt; 0 dB: unbrauchbar</translation>
    </message>
    <message>
      <location filename="../styles/coverage_rsrp.qml" line="0" />
      <source>&gt;= -80 dBm: excellent</source>
      <translation>&gt;= -80 dBm: sehr gut</translation>
    </message>
    <message>
      <location filename="../styles/coverage_sinr.qml" line="0" />
      <source>&gt;= 20 dB: excellent</source>
      <translation>&gt;= 20 dB: sehr gut</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="115" />
      <source>A DSM needs the buildings layer with a height field.</source>
      <translation>Ein DOM benötigt den Gebäudelayer mit einem Höhenfeld.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/drops.py" line="24" />
      <source>A drop is a straight perpendicular line from the façade to the street edge: gardens, property lines, other buildings and obstacles are not avoided, and the actual entry point of the building is unknown. Only the street network is used (no drops along footpaths unless they are in the street layer). Buildings with missing or zero dwellings count as one home. Drop and house-connection costs are indicative catalogue values.</source>
      <translation>Ein Hausanschluss ist eine gerade, senkrechte Linie von der Fassade zum Straßenrand: Gärten, Grundstücksgrenzen, andere Gebäude und Hindernisse werden nicht umgangen, und der tatsächliche Hauseinführungspunkt ist unbekannt. Es wird nur das Straßennetz verwendet (keine Hausanschlüsse entlang von Fußwegen, sofern diese nicht im Straßen-Layer enthalten sind). Gebäude mit fehlender oder null Wohnungsanzahl zählen als eine Wohneinheit. Die Kosten für Hausanschlussleitung und Hausanschluss sind Richtwerte aus dem Katalog.</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/adaptationzones.py" line="21" />
      <source>Adaptation zones</source>
      <translation>Anpassungszonen</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_dialog.ui" line="0" />
      <source>Add row</source>
      <translation>Zeile hinzufügen</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="90" />
      <source>Address key field of the availability layer (join by key)</source>
      <translation>Feld Adressschlüssel des Verfügbarkeitslayers (Verknüpfung über Schlüssel)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="87" />
      <source>Address key field of the sites (join by key)</source>
      <translation>Feld Adressschlüssel der Standorte (Verknüpfung über Schlüssel)</translation>
    </message>
    <message>
      <location filename="../styles/data_addresses.qml" line="0" />
      <source>Address linked to a building</source>
      <translation>Adresse einem Gebäude zugeordnet</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="71" />
      <source>Addresses</source>
      <translation>Adressen</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="56" />
      <source>Addresses (optional: street names for buildings without one, field bld_id)</source>
      <translation>Adressen (optional: Straßennamen für Gebäude ohne eigenen, Feld bld_id)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="165" />
      <source>Affected buildings</source>
      <translation>Betroffene Gebäude</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="165" />
      <source>Air mixing distance (m, 0 = off)</source>
      <translation>Luftdurchmischungsdistanz (m, 0 = aus)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="193" />
      <source>Air temperature (°C)</source>
      <translation>Lufttemperatur (°C)</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="178" />
      <source>Algorithm</source>
      <translation>Algorithmus</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="36" />
      <source>Algorithm default (EPSG:25832, ETRS89 / UTM 32N)</source>
      <translation>Standard des Algorithmus (EPSG:25832, ETRS89 / UTM 32N)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/ftthplan.py" line="72" />
      <source>All layers into one GeoPackage (optional)</source>
      <translation>Alle Layer in ein GeoPackage (optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/ftthplan.py" line="128" />
      <source>All plan layers written to %s.</source>
      <translation>Alle Layer des Plans wurden in %s geschrieben.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/validategisnb.py" line="59" />
      <source>Allowed CRSs (comma-separated; empty: any)</source>
      <translation>Zulässige KBS (kommagetrennt; leer: beliebig)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="181" />
      <source>Antenna height when the candidate has none (m)</source>
      <translation>Antennenhöhe über Grund für Kandidaten ohne eigene Angabe (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="201" />
      <source>Antenna pattern (omni, 38901, 36814 or file)</source>
      <translation>Antennendiagramm (omni, 38901, 36814 oder Datei)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="112" />
      <source>Area id field (empty: feature id)</source>
      <translation>Feld Gebiets-ID (leer: Objekt-ID)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="109" />
      <source>Areas for aggregation (districts or grid cells)</source>
      <translation>Gebiete für die Aggregation (Ortsteile oder Gitterzellen)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="84" />
      <source>Availability layer (best offer per address; instead of the fields)</source>
      <translation>Verfügbarkeitslayer (bestes Angebot je Adresse; anstelle der Felder)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="191" />
      <source>Bandwidth (MHz)</source>
      <translation>Bandbreite (MHz)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="156" />
      <source>Bandwidth is SYNTHETIC (invented for a demo), not real data.</source>
      <translation>Die Bandbreiten sind SYNTHETISCH (für eine Demo erfunden), keine echten Daten.</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="212" />
      <source>Best-server RSRP (dBm)</source>
      <translation>Best-Server-RSRP (dBm)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="215" />
      <source>Best-server sector index</source>
      <translation>Sektorindex des Best Servers</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="232" />
      <source>Bill of quantities</source>
      <translation>Leistungsverzeichnis</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="237" />
      <source>Bill of quantities (CSV)</source>
      <translation>Leistungsverzeichnis (CSV)</translation>
    </message>
    <message>
      <location filename="../styles/fiber_edges.qml" line="0" />
      <source>Bridge</source>
      <translation>Brücke</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="148" />
      <source>Building distance classes to flow paths in m (comma-separated)</source>
      <translation>Abstandsklassen der Gebäude zu Fließwegen in m (kommagetrennt)</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="78" />
      <source>Building height field (m)</source>
      <translation>Feld Gebäudehöhe (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="54" />
      <source>Building id field</source>
      <translation>Feld Gebäude-ID</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="136" />
      <source>Building type (ITU-R P.2109)</source>
      <translation>Gebäudetyp (ITU-R P.2109)</translation>
    </message>
    <message>
      <location filename="../../plugin/data/estimate_dwellings.py" line="60" />
      <source>Building type field (for defaults)</source>
      <translation>Feld Gebäudetyp (für Standardwerte)</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="71" />
      <source>Buildings</source>
      <translation>Gebäude</translation>
    </message>
    <message>
      <location filename="../../plugin/data/estimate_dwellings.py" line="49" />
      <source>Buildings (e.g. from Prepare OSM planning layers)</source>
      <translation>Gebäude (z. B. aus 'OSM-Planungslayer vorbereiten')</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="110" />
      <source>Buildings (optional)</source>
      <translation>Gebäude (optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="44" />
      <source>Buildings (polygons or points)</source>
      <translation>Gebäude (Polygone oder Punkte)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="67" />
      <source>Buildings (resident, dwellings)</source>
      <translation>Gebäude (resident, dwellings)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="106" />
      <source>Buildings (sealed; optional)</source>
      <translation>Gebäude (versiegelt; optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="75" />
      <source>Buildings for the DSM (optional)</source>
      <translation>Gebäude für das DOM (optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="70" />
      <source>Buildings or addresses (points or polygons)</source>
      <translation>Gebäude oder Adressen (Punkte oder Polygone)</translation>
    </message>
    <message>
      <location filename="../../plugin/data/estimate_dwellings.py" line="70" />
      <source>Buildings with dwellings</source>
      <translation>Gebäude mit Wohnungen</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/streetgraph.py" line="15" />
      <source>Builds the routing graph of the fiber network from street lines: street ends closer than the snapping tolerance are merged, dangling ends within the tolerance are joined to the street they almost touch, and lines are split at every intersection. Each edge gets a cost = length × €/m of its surface class (field 'surface': sealed, paved, unsealed, unknown; bridges/tunnels have their own classes) from the cost catalogue, plus half a street-crossing cost for each end at an intersection. The components output lists the disconnected parts of the street network (0 = the largest); homes on a part without a PoP cannot be served. Streets without usable line geometry go to the rejected output.</source>
      <translation>Erstellt aus Straßenlinien den Routing-Graphen des Glasfasernetzes: Straßenenden, die näher beieinander liegen als die Fangtoleranz, werden zusammengeführt, offene Enden innerhalb der Toleranz werden mit der Straße verbunden, die sie fast berühren, und die Linien werden an jeder Kreuzung geteilt. Jede Kante erhält Kosten = Länge × €/m ihrer Oberflächenklasse (Feld 'surface': sealed, paved, unsealed, unknown; Brücken/Tunnel haben eigene Klassen) aus dem Kostenkatalog, zuzüglich der halben Kosten einer Straßenquerung für jedes Ende an einer Kreuzung. Die Ausgabe der Komponenten listet die nicht miteinander verbundenen Teile des Straßennetzes auf (0 = der größte); Haushalte auf einem Teil ohne PoP können nicht versorgt werden. Straßen ohne verwendbare Liniengeometrie werden in die Ausgabe der verworfenen Straßen geschrieben.</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="152" />
      <source>Bullington (fast)</source>
      <translation>Bullington (schnell)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="237" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="163" />
      <source>Cable and feeder loss (dB)</source>
      <translation>Kabel- und Zuleitungsdämpfung (dB)</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="67" />
      <source>Cables</source>
      <translation>Kabel</translation>
    </message>
    <message>
      <location filename="../../ui/domain_tab.ui" line="0" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../plugin/base.py" line="207" />
      <source>Canceled: no output was written.</source>
      <translation>Abgebrochen: Es wurde keine Ausgabe geschrieben.</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="460" />
      <source>Cancelling …</source>
      <translation>Wird abgebrochen …</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="107" />
      <source>Candidate id field</source>
      <translation>Feld Kandidaten-ID</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="73" />
      <source>Candidate sites</source>
      <translation>Kandidatenstandorte</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="102" />
      <source>Candidate sites (points)</source>
      <translation>Kandidatenstandorte (Punkte)</translation>
    </message>
    <message>
      <location filename="../styles/data_facilities.qml" line="0" />
      <source>Care home</source>
      <translation>Pflegeheim</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="262" />
      <source>Catalogue (*.json)</source>
      <translation>Katalog (*.json)</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="655" />
      <source>Catalogue…</source>
      <translation>Katalog…</translation>
    </message>
    <message>
      <location filename="../../plugin/data/estimate_dwellings.py" line="63" />
      <source>Census grid (polygons with dwellings per cell)</source>
      <translation>Zensus-Gitter (Polygone mit Wohnungen je Zelle)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/validategisnb.py" line="22" />
      <source>Checks a GIS-Nebenbestimmungen 5.x dataset – ours or a third party's – given as a folder of Shapefiles/GeoJSON files or as one GeoPackage/file: required layers and fields, field types and name lengths (≤ 10 characters), code values, geometry types, CRS (default: EPSG:25832 or 25833), unique ids, referential integrity (every Endverbraucher points to a Bauten_und_Netztechnik record) and the declared Laenge against the geometry length. It writes one violation record per feature and rule (fid -1 for layer-level rules) and a summary per layer and rule. Layers, fields and codes come from the versioned tables in resources/gisnb/ (entries marked 'unconfirmed' there are InfraPlan assumptions).</source>
      <translation>Prüft einen Datensatz nach GIS-Nebenbestimmungen 5.x – einen eigenen oder den eines Dritten –, der als Ordner mit Shapefiles/GeoJSON-Dateien oder als ein GeoPackage bzw. eine einzelne Datei vorliegt: erforderliche Layer und Felder, Feldtypen und Namenslängen (≤ 10 Zeichen), Codewerte, Geometrietypen, KBS (Standard: EPSG:25832 oder 25833), eindeutige IDs, referenzielle Integrität (jeder Endverbraucher verweist auf einen Datensatz in Bauten_und_Netztechnik) sowie die angegebene Laenge im Vergleich zur Geometrielänge. Es wird ein Verstoß-Datensatz je Objekt und Regel geschrieben (fid -1 für Regeln auf Layerebene) sowie eine Zusammenfassung je Layer und Regel. Layer, Felder und Codes stammen aus den versionierten Tabellen in resources/gisnb/ (dort als 'unconfirmed' gekennzeichnete Einträge sind Annahmen von InfraPlan).</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="317" />
      <source>Choose a file for the edited catalogue.</source>
      <translation>Wählen Sie eine Datei für den bearbeiteten Katalog.</translation>
    </message>
    <message>
      <location filename="../../plugin/base.py" line="238" />
      <source>Choose a raster layer for '%s'.</source>
      <translation>Wählen Sie einen Rasterlayer für '%s'.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="152" />
      <source>Choose either real bandwidth (fields or availability layer) or synthetic bandwidth.</source>
      <translation>Wählen Sie entweder reale Bandbreiten (Felder oder Verfügbarkeits-Layer) oder synthetische Bandbreiten.</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="26" />
      <source>Chooses sites from candidate points (rooftops, masts, street furniture) to maximise the population newly covered with RSRP at least the threshold. Each candidate is evaluated as one sector with the given defaults (omni antenna by default; height from the candidate's 'height' field when present) with the chosen propagation model over the DEM/DSM; existing sites (optional, full sector table) count as already covering. The choice is a lazy greedy (always the candidate with the largest marginal gain; guaranteed at least (1 − 1/e) ≈ 63 % of the optimum for this monotone submodular objective) followed by a swap local search that exchanges a chosen and an unchosen candidate while coverage strictly increases. Stops after k sites or when the target share is reached (k = 0: target only). Output: the chosen sites in order with their marginal gain and the cumulative covered population and share.</source>
      <translation>Wählt Standorte aus Kandidatenpunkten (Dächer, Masten, Stadtmobiliar) so aus, dass die neu mit einer RSRP von mindestens dem Schwellenwert versorgte Bevölkerung maximiert wird. Jeder Kandidat wird als ein Sektor mit den angegebenen Standardwerten (standardmäßig Rundstrahlantenne; Höhe aus dem Feld 'height' des Kandidaten, sofern vorhanden) mit dem gewählten Ausbreitungsmodell über DGM/DOM bewertet; bestehende Standorte (optional, vollständige Sektortabelle) gelten als bereits versorgend. Die Auswahl erfolgt mit einem Lazy-Greedy-Verfahren (stets der Kandidat mit dem größten Grenzgewinn; garantiert mindestens (1 − 1/e) ≈ 63 % des Optimums für diese monotone submodulare Zielfunktion), gefolgt von einer lokalen Tauschsuche, die einen gewählten gegen einen nicht gewählten Kandidaten austauscht, solange die Versorgung streng zunimmt. Endet nach k Standorten oder wenn der Zielanteil erreicht ist (k = 0: nur Zielanteil). Ausgabe: die gewählten Standorte in Reihenfolge mit ihrem Grenzgewinn sowie der kumulierten versorgten Bevölkerung und deren Anteil.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="29" />
      <source>Classifies buildings or addresses by their best current bandwidth after the German Gigabit-Richtlinie 2.0 (2023): a site is eligible for funding where it is not reliably supplied with at least 200 Mbit/s symmetric or at least 500 Mbit/s download (both thresholds are parameters; an offer flagged unreliable by the reliability field does not count). It also gives the historic classes of the earlier programmes: white spot below 30 Mbit/s, grey spot below 100 Mbit/s download, black otherwise, and 'nodata' where no bandwidth is known (eligible unless switched off).
Bandwidth comes from download/upload fields of the site layer, or from a separate availability layer joined by an address key or by the nearest availability point within a maximum distance. Without real data, tick 'Synthetic bandwidth' to generate a documented, deterministic SYNTHETIC availability (demo only; the output says so).
With an area layer (districts or a grid such as the Zensus 100 m cells) the tool counts homes (dwellings), eligible homes and their share per area. With FTTH plan layers (cost field) or a plan's cost per home passed it estimates the cost per eligible home and ranks the areas by it (rank 1 = cheapest per eligible home).</source>
      <translation>Klassifiziert Gebäude oder Adressen nach ihrer besten aktuellen Bandbreite gemäß der Gigabit-Richtlinie 2.0 des Bundes (2023): Ein Standort ist förderfähig, wenn er nicht zuverlässig mit mindestens 200 Mbit/s symmetrisch oder mindestens 500 Mbit/s im Download versorgt ist (beide Schwellenwerte sind Parameter; ein Angebot, das im Zuverlässigkeitsfeld als nicht zuverlässig gekennzeichnet ist, zählt nicht). Zusätzlich werden die historischen Klassen der früheren Förderprogramme ausgegeben: weißer Fleck unter 30 Mbit/s, grauer Fleck unter 100 Mbit/s im Download, sonst schwarz, sowie 'nodata', wo keine Bandbreite bekannt ist (förderfähig, sofern nicht abgeschaltet).
Die Bandbreite stammt aus Download-/Upload-Feldern des Standortlayers oder aus einem separaten Verfügbarkeitslayer, der über einen Adressschlüssel oder über den nächstgelegenen Verfügbarkeitspunkt innerhalb einer maximalen Entfernung verknüpft wird. Ohne echte Daten aktivieren Sie 'Synthetische Bandbreite', um eine dokumentierte, deterministische SYNTHETISCHE Verfügbarkeit zu erzeugen (nur zur Demonstration; die Ausgabe weist darauf hin).
Mit einem Gebietslayer (Ortsteile oder ein Gitter wie die 100-m-Zellen des Zensus) zählt das Werkzeug je Gebiet die Wohneinheiten (Wohnungen), die förderfähigen Wohneinheiten und deren Anteil. Mit FTTH-Planlayern (Kostenfeld) oder den Kosten eines Plans je erschlossener Wohneinheit schätzt es die Kosten je förderfähiger Wohneinheit und reiht die Gebiete danach (Rang 1 = am günstigsten je förderfähiger Wohneinheit).</translation>
    </message>
    <message>
      <location filename="../../plugin/base.py" line="39" />
      <source>Climate</source>
      <translation>Klima</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="142" />
      <source>Cluster</source>
      <translation>Cluster</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="226" />
      <source>Cluster polygons (only drawn on the report map)</source>
      <translation>Cluster-Polygone (werden nur auf der Berichtskarte gezeichnet)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/clusters.py" line="42" />
      <source>Clusters</source>
      <translation>Cluster</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/adaptationzones.py" line="23" />
      <source>Combines heat risk classes (from Heat risk), ponded water depth (from Rain-event ponding) and green access (from Green access) on a zone grid (default 100 m). Per cell: heat = (mean risk class − 1)/4; water = half the flooded share (depth ≥ 0.1 m, full at 20 %) plus half the maximum depth (full at 0.5 m); green = share of inhabitants without public green within 300 m. Score = weighted mean, times 0.5 + 0.5·min(1, inhabitants/100) when green access is given. Cells above the minimum score are merged by priority (high ≥ 0.6, medium ≥ 0.45, low) and driving indicator into zones, ranked by score, with recommended measure types (heat: trees, greening, cool spots; water: retention, unsealing; green: new public green). A summary table lists zones per district.</source>
      <translation>Kombiniert Hitzerisikoklassen (aus „Hitzerisiko“), Einstautiefen (aus „Einstau bei Regenereignis“) und Grünflächenerreichbarkeit (aus „Grünflächenerreichbarkeit“) auf einem Zonenraster (Standard 100 m). Je Zelle: Hitze (heat) = (mittlere Risikoklasse − 1)/4; Wasser (water) = halber überfluteter Flächenanteil (Tiefe ≥ 0,1 m, voll ab 20 %) plus halbe maximale Tiefe (voll ab 0,5 m); Grün (green) = Anteil der Einwohner ohne öffentliche Grünfläche innerhalb von 300 m. Bewertung = gewichteter Mittelwert, multipliziert mit 0,5 + 0,5·min(1, Einwohner/100), wenn die Grünflächenerreichbarkeit angegeben ist. Zellen oberhalb der Mindestbewertung werden nach Priorität (hoch ≥ 0,6, mittel ≥ 0,45, niedrig) und maßgeblichem Indikator zu Zonen zusammengefasst, nach Bewertung geordnet und mit empfohlenen Maßnahmentypen versehen (Hitze: Bäume, Begrünung, kühle Orte; Wasser: Rückhalt, Entsiegelung; Grün: neue öffentliche Grünflächen). Eine Übersichtstabelle listet die Zonen je Ortsteil auf.</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="29" />
      <source>Computes for every cell of the elevation raster (at the chosen resolution) the received power of every sector within its maximum radius and writes the best-server RSRP (dBm per resource element: total sector power − 10·log10(12·NRB) + antenna gain − path loss − cable loss), the best-server sector index (see the sectors output), the SINR (co-channel = same frequency; interference from all other sectors at full load plus thermal noise kT·SCS + noise figure) and the number of servers above a threshold, plus coverage-class polygons. Sectors: one point per sector (several rows per site are normal) with fields height (m above ground), azimuth, tilt_mech, tilt_elec, power_dbm (or power_w or eirp_dbm), freq_mhz, bw_mhz, tech (LTE/NR), pattern (38901, 36814, omni or an MSI/Planet file); missing values take the defaults below. Path loss: ITU-R P.525 free space, two-ray, Okumura-Hata, COST-231-Hata or 3GPP TR 38.901 UMa/UMi/RMa; for 38.901 the LOS/NLOS branch follows the line of sight over the surface model (DSM = terrain + buildings; same algorithm as GDAL's viewshed). Optional knife-edge diffraction over the DSM (ITU-R P.526 J(v); Bullington or Deygout with up to 3 edges) is added on top of the model — use it with free space. Sectors that cannot be computed (outside the DEM, antenna height not above ground, frequency outside the model's range, unknown bandwidth or pattern, missing values) are skipped and listed in the rejected output with the reason.</source>
      <translation>Berechnet für jede Zelle des Höhenrasters (in der gewählten Auflösung) die Empfangsleistung jedes Sektors innerhalb seines maximalen Radius und schreibt die Best-Server-RSRP (dBm je Ressourcenelement: gesamte Sektorleistung − 10·log10(12·NRB) + Antennengewinn − Pfadverlust − Kabeldämpfung), den Sektorindex des Best Servers (siehe Ausgabe der Sektoren), das SINR (Gleichkanal = gleiche Frequenz; Interferenz aller anderen Sektoren bei Volllast plus thermisches Rauschen kT·SCS + Rauschzahl) und die Anzahl der Server oberhalb eines Schwellenwerts, außerdem Polygone der Versorgungsklassen. Sektoren: ein Punkt je Sektor (mehrere Zeilen je Standort sind normal) mit den Feldern height (m über Grund), azimuth, tilt_mech, tilt_elec, power_dbm (oder power_w bzw. eirp_dbm), freq_mhz, bw_mhz, tech (LTE/NR), pattern (38901, 36814, omni oder eine MSI-/Planet-Datei); fehlende Werte erhalten die unten angegebenen Standardwerte. Pfadverlust: ITU-R P.525 Freiraum, Zweiwegemodell, Okumura-Hata, COST-231-Hata oder 3GPP TR 38.901 UMa/UMi/RMa; bei 38.901 richtet sich der LOS/NLOS-Zweig nach der Sichtverbindung über dem Oberflächenmodell (DOM = Gelände + Gebäude; derselbe Algorithmus wie GDALs Viewshed). Optional wird Knife-Edge-Beugung über dem DOM (ITU-R P.526 J(v); Bullington oder Deygout mit bis zu 3 Kanten) zusätzlich zum Modell addiert — verwenden Sie sie mit dem Freiraummodell. Sektoren, die nicht berechnet werden können (außerhalb des DGM, Antennenhöhe nicht über Grund, Frequenz außerhalb des Gültigkeitsbereichs des Modells, unbekannte Bandbreite oder unbekanntes Antennendiagramm, fehlende Werte), werden übersprungen und mit Begründung in der Ausgabe der abgewiesenen Sektoren aufgeführt.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/drops.py" line="13" />
      <source>Connect buildings (drops)</source>
      <translation>Gebäude anschließen (Hausanschlussleitungen)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/streetgraph.py" line="45" />
      <source>Connected components</source>
      <translation>Zusammenhangskomponenten</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/drops.py" line="15" />
      <source>Connects every building with homes to the street graph by a perpendicular lead-in (drop) from the façade point nearest the chosen street edge. The edge is the nearest one within the maximum drop length; an edge of the street named in the building's address is preferred when one is in reach. Bridges and tunnels are never used for drops. With a PoP layer only streets connected to a PoP are used. Buildings with missing or zero dwellings count as 1 home (warning); invalid polygons are repaired; buildings that cannot be connected go to the unserved output with the reason. Drop cost = length × drop €/m + crossed streets × crossing cost + house connection.</source>
      <translation>Verbindet jedes Gebäude mit Wohneinheiten über eine rechtwinklige Hauseinführung (Hausanschlussleitung) vom Fassadenpunkt, der der gewählten Straßenkante am nächsten liegt, mit dem Straßengraphen. Die Kante ist die nächstgelegene innerhalb der maximalen Länge der Hausanschlussleitung; eine Kante der Straße, die in der Adresse des Gebäudes genannt ist, wird bevorzugt, wenn eine in Reichweite liegt. Brücken und Tunnel werden nie für Hausanschlussleitungen verwendet. Mit einem PoP-Layer werden nur Straßen verwendet, die mit einem PoP verbunden sind. Gebäude mit fehlender oder null Wohnungen zählen als 1 Wohneinheit (Warnung); ungültige Polygone werden repariert; Gebäude, die nicht angeschlossen werden können, gehen mit Begründung in die Ausgabe der nicht versorgten Gebäude. Kosten der Hausanschlussleitung = Länge × €/m der Hausanschlussleitung + gequerte Straßen × Kosten je Straßenquerung + Hausanschluss.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="58" />
      <source>Cost catalogue (JSON; empty: the default catalogue)</source>
      <translation>Kostenkatalog (JSON; leer: der Standardkatalog)</translation>
    </message>
    <message>
      <location filename="../../plugin/plugin.py" line="82" />
      <source>Cost catalogue and thresholds…</source>
      <translation>Kostenkatalog und Schwellenwerte…</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="118" />
      <source>Cost field of the plan layers</source>
      <translation>Kostenfeld der Planlayer</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="240" />
      <source>Cost report (HTML)</source>
      <translation>Kostenbericht (HTML)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="38" />
      <source>Cost/equipment catalogue (JSON; empty = shipped default)</source>
      <translation>Kosten-/Komponentenkatalog (JSON; leer = mitgelieferter Standard)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="234" />
      <source>Costs per cluster</source>
      <translation>Kosten je Cluster</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="287" />
      <source>Could not import %s: %s</source>
      <translation>%s konnte nicht importiert werden: %s</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="90" />
      <source>Could not read %s (%s); showing the defaults.</source>
      <translation>%s konnte nicht gelesen werden (%s); die Standardwerte werden angezeigt.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/ftthplan.py" line="127" />
      <source>Could not write the GeoPackage %s: %s</source>
      <translation>Das GeoPackage %s konnte nicht geschrieben werden: %s</translation>
    </message>
    <message>
      <location filename="../styles/data_cells.qml" line="0" />
      <source>Count distributed to residential buildings</source>
      <translation>Anzahl auf Wohngebäude verteilt</translation>
    </message>
    <message>
      <location filename="../styles/data_cells.qml" line="0" />
      <source>Count given to non-residential buildings</source>
      <translation>Anzahl Nichtwohngebäuden zugewiesen</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="173" />
      <source>Count servers with RSRP at least (dBm)</source>
      <translation>Server zählen mit RSRP von mindestens (dBm)</translation>
    </message>
    <message>
      <location filename="../styles/data_cells.qml" line="0" />
      <source>Count without any building (not assigned)</source>
      <translation>Anzahl ohne Gebäude (nicht zugeordnet)</translation>
    </message>
    <message>
      <location filename="../../plugin/base.py" line="39" />
      <source>Coverage</source>
      <translation>Versorgung</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="198" />
      <source>Coverage and climate thresholds</source>
      <translation>Schwellenwerte für Versorgung und Klima</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="229" />
      <source>Coverage classes</source>
      <translation>Versorgungsklassen</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="158" />
      <source>Coverage holes</source>
      <translation>Funklöcher</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="153" />
      <source>Coverage statistics</source>
      <translation>Versorgungsstatistik</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="25" />
      <source>Coverage statistics and holes</source>
      <translation>Versorgungsstatistik und Funklöcher</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="160" />
      <source>Covered: RSRP at least (dBm)</source>
      <translation>Versorgt: RSRP mindestens (dBm)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="147" />
      <source>Curve number of unsealed surfaces (SCS)</source>
      <translation>Curve Number unversiegelter Flächen (SCS)</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="81" />
      <source>DEM</source>
      <translation>DGM</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="74" />
      <source>DEM (metric CRS)</source>
      <translation>DGM (metrisches KBS)</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="83" />
      <source>DSM (DEM + building heights)</source>
      <translation>DOM (DGM + Gebäudehöhen)</translation>
    </message>
    <message>
      <location filename="../../plugin/base.py" line="39" />
      <source>Data</source>
      <translation>Daten</translation>
    </message>
    <message>
      <location filename="../styles/fiber_nodes.qml" line="0" />
      <source>Dead end (1 street)</source>
      <translation>Sackgasse (1 Straße)</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="178" />
      <source>Default</source>
      <translation>Standard</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="195" />
      <source>Default antenna pattern (38901, 36814, omni or a file name)</source>
      <translation>Standard-Antennendiagramm (38901, 36814, omni oder ein Dateiname)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="154" />
      <source>Default household size (persons per dwelling)</source>
      <translation>Standard-Haushaltsgröße (Personen je Wohnung)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="189" />
      <source>Default technology (LTE or NR)</source>
      <translation>Standardtechnologie (LTE oder NR)</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="303" />
      <source>Defaults restored (not saved yet).</source>
      <translation>Standardwerte wiederhergestellt (noch nicht gespeichert).</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="177" />
      <source>Depressions with fill state</source>
      <translation>Senken mit Füllstand</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="78" />
      <source>Design rain depth (mm)</source>
      <translation>Niederschlagshöhe des Bemessungsregens (mm)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="152" />
      <source>Deygout, up to 3 edges (slower)</source>
      <translation>Deygout, bis zu 3 Kanten (langsamer)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/dimension.py" line="14" />
      <source>Dimension the network (fibers, cables, loss budget)</source>
      <translation>Netz dimensionieren (Fasern, Kabel, Dämpfungsbudget)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/dimension.py" line="16" />
      <source>Dimensions the trench tree of the drops (computed as in 'Trench routing'): fibers per segment = ceil(homes downstream × fibers per home × (1 + reserve)), summed from the leaves to the PoP; the smallest standard cable that holds them (6/12/24/48/72/96/144/288 fibers; several 288F above that); the cheapest duct with a microduct per cable; splitters per DP = ceil(homes ÷ split); OLT PON ports per PoP = one per splitter (pon_min = ceil(homes ÷ split) is the lower bound); optical loss per home = path km × dB/km + splices × dB + connectors × dB + splitter loss, against the class budget (B+ 28 dB, C+ 32 dB). Homes over budget have loss_ok = 0 and are listed in the log.</source>
      <translation>Dimensioniert den Trassenbaum der Hausanschlussleitungen (berechnet wie in 'Trassenführung'): Fasern je Abschnitt = ceil(nachgelagerte Wohneinheiten × Fasern je Wohneinheit × (1 + Reserve)), summiert von den Blättern bis zum PoP; das kleinste Standardkabel, das sie aufnimmt (6/12/24/48/72/96/144/288 Fasern; darüber mehrere 288F); das günstigste Leerrohr mit einem Mikrorohr je Kabel; Splitter je DP = ceil(Wohneinheiten ÷ Splitfaktor); OLT-PON-Ports je PoP = einer je Splitter (pon_min = ceil(Wohneinheiten ÷ Splitfaktor) ist die Untergrenze); optische Dämpfung je Wohneinheit = Weglänge in km × dB/km + Spleiße × dB + Steckverbinder × dB + Splitterdämpfung, verglichen mit dem Budget der Klasse (B+ 28 dB, C+ 32 dB). Wohneinheiten über dem Budget erhalten loss_ok = 0 und werden im Protokoll aufgeführt.</translation>
    </message>
    <message>
      <location filename="../styles/fiber_components.qml" line="0" />
      <source>Disconnected part – homes here cannot be served</source>
      <translation>Nicht verbundener Teil – Wohneinheiten hier nicht anschließbar</translation>
    </message>
    <message>
      <location filename="../../plugin/data/estimate_dwellings.py" line="19" />
      <source>Distributes the dwellings per cell of a census grid (Zensus 2022 100 m grid, any CRS) to the residential buildings whose inner point lies in the cell, in proportion to their floor area. Largest-remainder rounding keeps every cell's sum exactly equal to its published count. A cell with a count but no residential building gives its count to its other buildings (dwell_src = zensus_nonres). Suppressed cells (no value, a negative value, or 0 dwellings although the cell has residential buildings) and buildings outside all cells get a default by type: 1 dwelling per house, 2 per 'residential', floor area / 110 m² for apartment blocks, 0 for non-residential buildings (dwell_src = default_suppressed / default_no_cell). The cell report lists every cell with its status and the assigned sum.</source>
      <translation>Verteilt die Wohnungen je Zelle eines Zensus-Gitters (100-m-Gitter des Zensus 2022, beliebiges KBS) auf die Wohngebäude, deren innerer Punkt in der Zelle liegt, im Verhältnis zu ihrer Geschossfläche. Die Rundung nach dem Verfahren der größten Reste hält die Summe jeder Zelle exakt gleich ihrem veröffentlichten Wert. Eine Zelle mit einem Wert, aber ohne Wohngebäude gibt ihren Wert an ihre übrigen Gebäude weiter (dwell_src = zensus_nonres). Geheimgehaltene Zellen (kein Wert, ein negativer Wert oder 0 Wohnungen, obwohl die Zelle Wohngebäude enthält) und Gebäude außerhalb aller Zellen erhalten einen Standardwert nach Gebäudetyp: 1 Wohnung je Haus, 2 je 'residential', Geschossfläche / 110 m² bei Mehrfamilienhäusern, 0 bei Nichtwohngebäuden (dwell_src = default_suppressed / default_no_cell). Der Zellenbericht listet jede Zelle mit ihrem Status und der zugewiesenen Summe auf.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="140" />
      <source>Distribution point (DP)</source>
      <translation>Verteilerpunkt (DP)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/clusters.py" line="40" />
      <source>Distribution points</source>
      <translation>Verteilerpunkte</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/clusters.py" line="11" />
      <source>Distribution points and clusters</source>
      <translation>Verteilerpunkte und Cluster</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="46" />
      <source>Distribution points of the plan (dp_type, splitters, PON ports)</source>
      <translation>Verteilerpunkte des Plans (dp_type, Splitter, PON-Ports)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="87" />
      <source>District name field</source>
      <translation>Feld Ortsteilname</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="75" />
      <source>Districts</source>
      <translation>Stadtteile / Bezirke</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/adaptationzones.py" line="78" />
      <source>Districts (field 'district'; optional)</source>
      <translation>Ortsteile (Feld 'district'; optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="80" />
      <source>Districts (optional)</source>
      <translation>Ortsteile (optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="604" />
      <source>Done.</source>
      <translation>Fertig.</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="603" />
      <source>Done: results in group '%s'.</source>
      <translation>Fertig: Ergebnisse in der Gruppe '%s'.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="73" />
      <source>Download bandwidth field (Mbit/s) of the sites</source>
      <translation>Feld Download-Bandbreite (Mbit/s) der Standorte</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="93" />
      <source>Download field of the availability layer</source>
      <translation>Download-Feld des Verfügbarkeitslayers</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="141" />
      <source>Drop / lead-in</source>
      <translation>Hausanschlussleitung / Hauseinführung</translation>
    </message>
    <message>
      <location filename="../styles/fiber_drops.qml" line="0" />
      <source>Drop to another (nearer) street</source>
      <translation>Hausanschluss an eine andere (nähere) Straße</translation>
    </message>
    <message>
      <location filename="../styles/fiber_drops.qml" line="0" />
      <source>Drop to the street of the address</source>
      <translation>Hausanschluss an die Straße der Adresse</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/drops.py" line="40" />
      <source>Drops</source>
      <translation>Hausanschlussleitungen</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/stepbase.py" line="27" />
      <source>Drops (output of 'Connect buildings (drops)')</source>
      <translation>Hausanschlüsse (Ausgabe von 'Gebäude anschließen (Hausanschlüsse)')</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="66" />
      <source>Drops / house connections</source>
      <translation>Hausanschlüsse / Hauszuführungen</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="44" />
      <source>Drops / lead-ins of the plan</source>
      <translation>Hausanschlussleitungen / Hauseinführungen des Plans</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="67" />
      <source>Ducts</source>
      <translation>Leerrohre</translation>
    </message>
    <message>
      <location filename="../../plugin/data/estimate_dwellings.py" line="66" />
      <source>Dwellings per cell field (default 'dwellings')</source>
      <translation>Feld Wohnungen je Zelle (Standard 'dwellings')</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="61" />
      <source>Elevation raster (layer)</source>
      <translation>Höhenraster (Layer)</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="63" />
      <source>Elevation raster as GDAL path (e.g. /vsizip/…/N49E011.hgt; used when no layer is given)</source>
      <translation>Höhenraster als GDAL-Pfad (z. B. /vsizip/…/N49E011.hgt; wird verwendet, wenn kein Layer angegeben ist)</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="70" />
      <source>Elevation source raster (for Prepare DEM)</source>
      <translation>Höhen-Quellraster (für „DGM vorbereiten“)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="140" />
      <source>Eligible homes</source>
      <translation>Förderfähige Haushalte</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_sites.qml" line="0" />
      <source>Eligible – fast offer not reliable</source>
      <translation>Förderfähig – schnelles Angebot nicht zuverlässig</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_sites.qml" line="0" />
      <source>Eligible – grey spot (30–100 Mbit/s)</source>
      <translation>Förderfähig – grauer Fleck (30–100 Mbit/s)</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_sites.qml" line="0" />
      <source>Eligible – no bandwidth data</source>
      <translation>Förderfähig – keine Bandbreitendaten</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_sites.qml" line="0" />
      <source>Eligible – white spot (&lt; 30 Mbit/s)</source>
      <translation>Förderfähig – weißer Fleck (&lt; 30 Mbit/s)</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_sites.qml" line="0" />
      <source>Eligible – ≥ 100 Mbit/s but no 200 sym. / 500 down</source>
      <translation>Förderfähig – ≥ 100 Mbit/s, aber keine 200 sym. / 500 down</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="179" />
      <source>Empty: the algorithm's default is used.</source>
      <translation>Leer: Der Standardwert des Algorithmus wird verwendet.</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="144" />
      <source>Entry loss not exceeded at (% of locations)</source>
      <translation>Eindringdämpfung nicht überschritten an (% der Orte)</translation>
    </message>
    <message>
      <location filename="../../plugin/data/estimate_dwellings.py" line="17" />
      <source>Estimate dwellings per building (Zensus grid)</source>
      <translation>Wohnungen je Gebäude schätzen (Zensus-Gitter)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="48" />
      <source>Every model is valid only in its published range (e.g. Okumura-Hata 150–1500 MHz and 1–20 km, COST-231-Hata 1500–2000 MHz, 38.901 UMa/UMi 10 m–5 km); outside it the sector is refused (frequency) or a warning is logged. Line of sight and diffraction assume a flat earth without refraction, acceptable for paths up to about 10 km. The DSM is only as good as its buildings (in OSM mostly default heights); vegetation, clutter and indoor loss are not included. SINR assumes all sectors at full load; no fading or shadowing margins are applied, so the maps show median values.</source>
      <translation>Jedes Modell gilt nur in seinem veröffentlichten Gültigkeitsbereich (z. B. Okumura-Hata 150–1500 MHz und 1–20 km, COST-231-Hata 1500–2000 MHz, 38.901 UMa/UMi 10 m–5 km); außerhalb davon wird der Sektor abgelehnt (Frequenz) oder eine Warnung protokolliert. Sichtverbindung und Beugung setzen eine flache Erde ohne Refraktion voraus, was für Strecken bis etwa 10 km vertretbar ist. Das DOM ist nur so gut wie seine Gebäude (in OSM meist Standardhöhen); Vegetation, Bebauungsstruktur (Clutter) und Gebäudedurchdringungsverluste sind nicht enthalten. Das SINR setzt alle Sektoren unter Volllast voraus; es werden keine Fading- oder Abschattungsreserven angesetzt, sodass die Karten Medianwerte zeigen.</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="134" />
      <source>Existing sectors (optional)</source>
      <translation>Bestehende Sektoren (optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="24" />
      <source>Export FTTH plan to GIS-Nebenbestimmungen (GIS-Nb 5.x)</source>
      <translation>FTTH-Plan nach GIS-Nebenbestimmungen exportieren (GIS-Nb 5.x)</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="290" />
      <source>Export catalogue</source>
      <translation>Katalog exportieren</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="277" />
      <source>Exported to %s.</source>
      <translation>Nach %s exportiert.</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_dialog.ui" line="0" />
      <source>Export…</source>
      <translation>Exportieren…</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="65" />
      <source>Extent</source>
      <translation>Ausdehnung</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="114" />
      <source>Extent (default: land cover and buildings)</source>
      <translation>Ausdehnung (Standard: Landbedeckung und Gebäude)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="189" />
      <source>FTTH bill of quantities and cost report</source>
      <translation>FTTH-Leistungsverzeichnis und Kostenbericht</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="115" />
      <source>FTTH plan layers with a cost field (trenches, drops, DPs)</source>
      <translation>FTTH-Planlayer mit Kostenfeld (Trassen, Hausanschlussleitungen, DPs)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="107" />
      <source>Facilities (points with fac_type; optional)</source>
      <translation>Einrichtungen (Punkte mit fac_type; optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="71" />
      <source>Features written per format</source>
      <translation>Geschriebene Objekte je Format</translation>
    </message>
    <message>
      <location filename="../../plugin/base.py" line="39" />
      <source>Fiber</source>
      <translation>Glasfaser</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="80" />
      <source>Fiber reserve (%)</source>
      <translation>Faserreserve (%)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="59" />
      <source>Fibers per drop cable</source>
      <translation>Fasern je Hausanschlusskabel</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="78" />
      <source>Fibers per home</source>
      <translation>Fasern je Wohneinheit</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="56" />
      <source>File format</source>
      <translation>Dateiformat</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/trenches.py" line="13" />
      <source>Finds a minimum-cost tree along the street graph that joins the PoP(s) to every drop point (Steiner tree in graphs). Construction: Mehlhorn's 2-approximation (1988), then local search after Uchoa &amp; Werneck (2012): key-path exchange, key-vertex elimination, Steiner-vertex insertion and elimination; every move is kept only if it lowers the cost. Several PoPs are joined through a virtual root, so each home is served from the cheapest PoP. Output: trench segments with length, surface class, €/m, crossings, cost, homes and fibers downstream, cable and duct.</source>
      <translation>Findet entlang des Straßengraphen einen Baum mit minimalen Kosten, der den oder die PoP(s) mit jedem Hausanschlusspunkt verbindet (Steinerbaum in Graphen). Konstruktion: 2-Approximation nach Mehlhorn (1988), anschließend lokale Suche nach Uchoa &amp; Werneck (2012): Austausch von Schlüsselpfaden, Eliminierung von Schlüsselknoten, Einfügen und Eliminieren von Steinerknoten; jeder Schritt wird nur beibehalten, wenn er die Kosten senkt. Mehrere PoPs werden über eine virtuelle Wurzel verbunden, sodass jeder Haushalt vom günstigsten PoP aus versorgt wird. Ausgabe: Trassenabschnitte mit Länge, Oberflächenklasse, €/m, Querungen, Kosten, nachgelagerten Haushalten und Fasern, Kabel und Leerrohr.</translation>
    </message>
    <message>
      <location filename="../../plugin/data/estimate_dwellings.py" line="56" />
      <source>Floor area field (m²; empty: footprint area)</source>
      <translation>Feld Geschossfläche (m²; leer: Grundfläche)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="185" />
      <source>Flow accumulation (contributing area, m²)</source>
      <translation>Abflussakkumulation (Einzugsfläche, m²)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="159" />
      <source>Flow paths</source>
      <translation>Fließwege</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="141" />
      <source>Flow-path classes: contributing area in ha (comma-separated)</source>
      <translation>Fließwegklassen: Einzugsfläche in ha (kommagetrennt)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="202" />
      <source>Folder with MSI/Planet pattern files (optional)</source>
      <translation>Ordner mit MSI-/Planet-Antennendiagrammdateien (optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="21" />
      <source>For every residential building (field resident = 1): the walking distance along the street network to the nearest public green space of at least 0.5 ha and 1 ha (WHO Europe 2016: within 300 m), the green/canopy share within the neighbourhood radius (3-30-300 rule: 30 %) and the number of trees within the view radius (3 wanted). Adjacent public green polygons count as one space; entrances are street vertices within the entry distance of a space; the walk adds the straight leg from the building to its nearest street vertex. Inhabitants = dwellings × household size (Zensus 1 km 'hh_groesse' where given, else the default). Buildings farther than the maximum access distance from any street are listed as rejected.</source>
      <translation>Für jedes Wohngebäude (Feld resident = 1): die Gehentfernung entlang des Straßen- und Wegenetzes zur nächsten öffentlichen Grünfläche von mindestens 0,5 ha und 1 ha (WHO Europa 2016: innerhalb von 300 m), der Grün-/Baumkronenanteil im Umgebungsradius (3-30-300-Regel: 30 %) und die Anzahl der Bäume im Sichtradius (3 erwünscht). Aneinandergrenzende öffentliche Grünflächenpolygone zählen als eine Fläche; Zugänge sind Straßenstützpunkte innerhalb der Zugangsentfernung einer Fläche; der Fußweg umfasst zusätzlich die gerade Strecke vom Gebäude zum nächsten Straßenstützpunkt. Einwohner = Wohnungen × Haushaltsgröße (Zensus 1 km 'hh_groesse', sofern vorhanden, sonst der Standardwert). Gebäude, die weiter als die maximale Zugangsentfernung von jeder Straße entfernt liegen, werden als abgewiesen aufgeführt.</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="188" />
      <source>Frequency (MHz)</source>
      <translation>Frequenz (MHz)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="127" />
      <source>Frequency for the building entry loss (MHz)</source>
      <translation>Frequenz für die Gebäudeeindringdämpfung (MHz)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="27" />
      <source>Funding gaps (Gigabit-Richtlinie 2.0)</source>
      <translation>Förderlücken (Gigabit-Richtlinie 2.0)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="136" />
      <source>Funding gaps per area</source>
      <translation>Förderlücken je Gebiet</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="65" />
      <source>GIS-Nb code table (CSV; empty: resources/gisnb/gisnb_codes_v5.csv)</source>
      <translation>GIS-Nb-Codetabelle (CSV; leer: resources/gisnb/gisnb_codes_v5.csv)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/validategisnb.py" line="47" />
      <source>GIS-Nb dataset folder (Shapefiles / GeoJSON files)</source>
      <translation>Ordner des GIS-Nb-Datensatzes (Shapefiles / GeoJSON-Dateien)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="70" />
      <source>GIS-Nb output folder</source>
      <translation>GIS-Nb-Ausgabeordner</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="62" />
      <source>GIS-Nb schema table (CSV; empty: resources/gisnb/gisnb_schema_v5.csv)</source>
      <translation>GIS-Nb-Schematabelle (CSV; leer: resources/gisnb/gisnb_schema_v5.csv)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/validategisnb.py" line="71" />
      <source>GIS-Nb validation summary</source>
      <translation>Zusammenfassung der GIS-Nb-Prüfung</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/validategisnb.py" line="69" />
      <source>GIS-Nb violations</source>
      <translation>GIS-Nb-Verstöße</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="89" />
      <source>GIS-Nb {fmt}: {n} files in {dir}</source>
      <translation>GIS-Nb {fmt}: {n} Dateien in {dir}</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="65" />
      <source>General</source>
      <translation>Allgemein</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="56" />
      <source>GeoJSON</source>
      <translation>GeoJSON</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="103" />
      <source>Give a non-empty extent.</source>
      <translation>Geben Sie eine nicht leere Ausdehnung an.</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="92" />
      <source>Give an elevation raster (layer or GDAL path).</source>
      <translation>Geben Sie ein Höhenraster an (Layer oder GDAL-Pfad).</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/common.py" line="29" />
      <source>Give at least one RSRP threshold in dBm, e.g. -95,-105,-115.</source>
      <translation>Geben Sie mindestens einen RSRP-Schwellenwert in dBm an, z. B. -95,-105,-115.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/validategisnb.py" line="79" />
      <source>Give the GIS-Nb dataset folder or file.</source>
      <translation>Geben Sie den Ordner oder die Datei des GIS-Nb-Datensatzes an.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/streetgraph.py" line="41" />
      <source>Graph edges</source>
      <translation>Graphkanten</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/streetgraph.py" line="43" />
      <source>Graph nodes</source>
      <translation>Graphknoten</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="19" />
      <source>Green access (3-30-300)</source>
      <translation>Grünflächenerreichbarkeit (3-30-300)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="162" />
      <source>Green access per building</source>
      <translation>Grünflächenerreichbarkeit je Gebäude</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="81" />
      <source>Green access per building (from Green access)</source>
      <translation>Grünflächenerreichbarkeit je Gebäude (aus „Grünflächenerreichbarkeit“)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/adaptationzones.py" line="70" />
      <source>Green access per building (optional)</source>
      <translation>Grünflächenerreichbarkeit je Gebäude (optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="76" />
      <source>Green spaces</source>
      <translation>Grünflächen</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="78" />
      <source>Green spaces (field 'public' = 1 for public ones)</source>
      <translation>Grünflächen (Feld 'public' = 1 für öffentliche)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="130" />
      <source>Grey spot below download (Mbit/s)</source>
      <translation>Grauer Fleck: Download unter (Mbit/s)</translation>
    </message>
    <message>
      <location filename="../../plugin/data/estimate_dwellings.py" line="72" />
      <source>Grid cell report</source>
      <translation>Bericht der Gitterzellen</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="120" />
      <source>Grid cell size (m)</source>
      <translation>Rasterzellengröße (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="240" />
      <source>HTML files (*.html)</source>
      <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="28" />
      <source>Heat hazard and risk on a grid (10-50 m). Cooling capacity per cell from shade, albedo and evapotranspiration of the land-cover classes, buildings and tree crowns, as in the InVEST Urban Cooling model: CC = 0.6·shade + 0.2·albedo + 0.2·ETI; green areas cool their surroundings within the cooling distance when at least 2 ha of green lie within it (HM = max(CC, CC_park)); air temperature T = T_ref + (1 − HM)·UHI_max. Hazard = weighted heat, building density and imperviousness; vulnerability from the Zensus 1 km grid (share 65+, under 18, population density) and sensitive facilities (kindergartens, schools, hospitals, care homes) within a radius. Risk = hazard·(0.5 + 0.5·vulnerability) (product) or 0.6·hazard + 0.4·vulnerability (weighted), in classes 1 (very low) to 5 (very high) at 0.2 steps. Weights as name=value lists: heat, buildings, impervious; age65, under18, density, facilities.</source>
      <translation>Hitzegefährdung und Hitzerisiko auf einem Raster (10-50 m). Kühlleistung je Zelle aus Verschattung, Albedo und Evapotranspiration der Landbedeckungsklassen, Gebäude und Baumkronen wie im InVEST-Modell „Urban Cooling“: CC = 0,6·Verschattung + 0,2·Albedo + 0,2·ETI; Grünflächen kühlen ihre Umgebung innerhalb der Kühldistanz, wenn darin mindestens 2 ha Grünfläche liegen (HM = max(CC, CC_park)); Lufttemperatur T = T_ref + (1 − HM)·UHI_max. Gefährdung = gewichtete Hitze, Gebäudedichte und Versiegelung; Vulnerabilität aus dem Zensus-1-km-Gitter (Anteil ab 65 Jahren, unter 18 Jahren, Bevölkerungsdichte) und empfindlichen Einrichtungen (Kindertagesstätten, Schulen, Krankenhäuser, Pflegeheime) innerhalb eines Radius. Risiko = Gefährdung·(0,5 + 0,5·Vulnerabilität) (Produkt) oder 0,6·Gefährdung + 0,4·Vulnerabilität (gewichtet), in Klassen von 1 (sehr gering) bis 5 (sehr hoch) in Stufen von 0,2. Gewichte als Listen Name=Wert: heat, buildings, impervious; age65, under18, density, facilities.</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="197" />
      <source>Heat mitigation index HM</source>
      <translation>Hitzeminderungsindex HM</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="26" />
      <source>Heat risk</source>
      <translation>Hitzerisiko</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="191" />
      <source>Heat risk class (1-5)</source>
      <translation>Hitzerisikoklasse (1-5)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/adaptationzones.py" line="59" />
      <source>Heat risk classes 1-5 (optional)</source>
      <translation>Hitzerisikoklassen 1-5 (optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="79" />
      <source>Heat-risk raster (from Heat risk)</source>
      <translation>Hitzerisiko-Raster (aus „Hitzerisiko“)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="26" />
      <source>Heavy-rain hazard map (Starkregen-Hinweiskarte) from a DEM in a metric CRS. Depressions are filled exactly with Priority-Flood (Barnes et al. 2014; cells on the DEM edge or next to nodata are outlets). Each sink (connected cells below the fill level) gets max and mean depth, area, volume, the pour point and its elevation, its own catchment (cells whose steepest path on the unfilled DEM ends in it), the upstream area that drains through it when full, and the rain depth in mm that fills it from its own catchment. Sinks below the minimum depth, area or volume (defaults as Berlin's map: 0.2 m, 4 m², 2 m³) are left out. Flow directions are D8 steepest descent on the filled DEM (neighbours N, NE, E, … NW; the first of equally steep wins; flats drain towards their spill point). Flow paths are cells whose contributing area reaches the classes (default 0.1, 1, 10 ha). Affected buildings: those touching a sink (with the expected water depth) or within the distance classes of a flow path of at least 1 ha. Buildings can be raised as flow obstacles (height field, else the default height). Buildings outside the DEM or without geometry are listed in the rejected output.</source>
      <translation>Starkregen-Hinweiskarte aus einem DGM in einem metrischen KBS. Senken werden mit Priority-Flood exakt gefüllt (Barnes et al. 2014; Zellen am Rand des DGM oder neben NoData-Zellen sind Auslässe). Jede Senke (zusammenhängende Zellen unterhalb des Füllniveaus) erhält maximale und mittlere Tiefe, Fläche, Volumen, den Überlaufpunkt und dessen Höhe, ihr eigenes Einzugsgebiet (Zellen, deren steilster Fließweg auf dem ungefüllten DGM in ihr endet), die oberstromige Fläche, die im gefüllten Zustand durch sie entwässert, sowie die Niederschlagshöhe in mm, die sie aus ihrem eigenen Einzugsgebiet füllt. Senken unterhalb der Mindesttiefe, -fläche oder des Mindestvolumens (Standardwerte wie in der Berliner Karte: 0,2 m, 4 m², 2 m³) werden nicht berücksichtigt. Fließrichtungen sind D8-Richtungen des steilsten Gefälles auf dem gefüllten DGM (Nachbarn N, NO, O, … NW; bei gleich steilem Gefälle gilt der erste; ebene Flächen entwässern zu ihrem Überlaufpunkt). Fließwege sind Zellen, deren Einzugsfläche die Klassen erreicht (Standard 0,1, 1, 10 ha). Betroffene Gebäude: solche, die eine Senke berühren (mit der zu erwartenden Wassertiefe) oder innerhalb der Abstandsklassen eines Fließwegs mit mindestens 1 ha liegen. Gebäude können als Fließhindernisse angehoben werden (Höhenfeld, sonst die Standardhöhe). Gebäude außerhalb des DGM oder ohne Geometrie werden in der Ausgabe der abgewiesenen Gebäude aufgeführt.</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="24" />
      <source>Heavy-rain sinks and flow paths</source>
      <translation>Starkregen: Senken und Fließwege</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="203" />
      <source>High heat risk areas (classes 4-5)</source>
      <translation>Gebiete mit hohem Hitzerisiko (Klassen 4-5)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="75" />
      <source>Hole: RSRP below (dBm)</source>
      <translation>Funkloch: RSRP unter (dBm)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="141" />
      <source>Homes</source>
      <translation>Haushalte</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="80" />
      <source>Homes (dwellings) field; empty or missing values count as 1</source>
      <translation>Feld Wohneinheiten (Wohnungen); leere oder fehlende Werte zählen als 1</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="47" />
      <source>Homes (dwellings) field; missing or 0 counts as 1 home</source>
      <translation>Feld Wohneinheiten (Wohnungen); fehlend oder 0 zählt als 1 Wohneinheit</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/drops.py" line="43" />
      <source>Homes connected</source>
      <translation>Angeschlossene Wohneinheiten</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/dimension.py" line="48" />
      <source>Homes over the optical budget</source>
      <translation>Wohneinheiten über dem Dämpfungsbudget</translation>
    </message>
    <message>
      <location filename="../styles/data_facilities.qml" line="0" />
      <source>Hospital</source>
      <translation>Krankenhaus</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="118" />
      <source>Households field (e.g. dwellings)</source>
      <translation>Feld Haushalte (z. B. Wohnungen)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="96" />
      <source>Imperviousness field (0..1)</source>
      <translation>Feld Versiegelungsgrad (0..1)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="157" />
      <source>Imperviousness of unmapped cells (0..1)</source>
      <translation>Versiegelungsgrad nicht erfasster Zellen (0..1)</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="281" />
      <source>Import catalogue</source>
      <translation>Katalog importieren</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="269" />
      <source>Imported %s.</source>
      <translation>%s importiert.</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_dialog.ui" line="0" />
      <source>Import…</source>
      <translation>Importieren…</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="205" />
      <source>Improve by swap local search</source>
      <translation>Durch lokale Suche mit Tauschschritten verbessern</translation>
    </message>
    <message>
      <location filename="../../plugin/plugin.py" line="41" />
      <source>InfraPlan</source>
      <translation>InfraPlan</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="644" />
      <source>InfraPlan planning</source>
      <translation>InfraPlan-Planung</translation>
    </message>
    <message>
      <location filename="../../plugin/plugin.py" line="44" />
      <source>InfraPlan tools in the Processing Toolbox</source>
      <translation>InfraPlan-Werkzeuge in der Processing-Toolbox</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_dialog.ui" line="0" />
      <source>InfraPlan – cost catalogue and thresholds</source>
      <translation>InfraPlan – Kostenkatalog und Schwellenwerte</translation>
    </message>
    <message>
      <location filename="../../plugin/provider.py" line="24" />
      <source>InfraPlan – fiber, 5G coverage and climate-adaptation planning</source>
      <translation>InfraPlan – Planung von Glasfaser, 5G-Versorgung und Klimaanpassung</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.ui" line="0" />
      <source>InfraPlan – project settings</source>
      <translation>InfraPlan – Projekteinstellungen</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="175" />
      <source>Inhabitants without green access</source>
      <translation>Einwohner ohne Grünflächenzugang</translation>
    </message>
    <message>
      <location filename="../styles/fiber_nodes.qml" line="0" />
      <source>Intersection (3+ streets)</source>
      <translation>Kreuzung (3+ Straßen)</translation>
    </message>
    <message>
      <location filename="../styles/data_facilities.qml" line="0" />
      <source>Kindergarten</source>
      <translation>Kindergarten</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="151" />
      <source>Knife-edge diffraction added to the model</source>
      <translation>Knife-Edge-Beugung zusätzlich zum Modell</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="76" />
      <source>Land cover</source>
      <translation>Landbedeckung</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="92" />
      <source>Land cover (forest/park classes add to the green share; optional)</source>
      <translation>Landbedeckung (Wald-/Parkklassen zählen zum Grünanteil; optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="88" />
      <source>Land cover with imperviousness (optional)</source>
      <translation>Landbedeckung mit Versiegelungsgrad (optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="81" />
      <source>Land-cover class field (OSM landuse/natural/leisure values)</source>
      <translation>Feld der Landbedeckungsklasse (OSM-Werte landuse/natural/leisure)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="115" />
      <source>Larger public green size (ha)</source>
      <translation>Größere öffentliche Grünfläche (ha)</translation>
    </message>
    <message>
      <location filename="../../plugin/convert.py" line="71" />
      <source>Layer '{name}' reprojected from {src} to {dst}.</source>
      <translation>Layer '{name}' von {src} nach {dst} umprojiziert.</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.ui" line="0" />
      <source>Layer roles: which project layer is what</source>
      <translation>Layerrollen: welcher Projektlayer welche Rolle hat</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/validategisnb.py" line="62" />
      <source>Length tolerance (m)</source>
      <translation>Längentoleranz (m)</translation>
    </message>
    <message>
      <location filename="../styles/fiber_components.qml" line="0" />
      <source>Main street network</source>
      <translation>Hauptstraßennetz</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="102" />
      <source>Maximum distance of a nearest-point join (m)</source>
      <translation>Maximale Entfernung bei Verknüpfung mit dem nächstgelegenen Punkt (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="61" />
      <source>Maximum drop (lead-in) length (m)</source>
      <translation>Maximale Länge der Hausanschlussleitung (Hauseinführung) (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="73" />
      <source>Maximum network distance DP → home (m)</source>
      <translation>Maximale Netzdistanz DP → Wohneinheit (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="145" />
      <source>Maximum radius per sector (m)</source>
      <translation>Maximaler Radius je Sektor (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="170" />
      <source>Maximum radius per site (m)</source>
      <translation>Maximaler Radius je Standort (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="105" />
      <source>Maximum walking distance (m)</source>
      <translation>Maximale Gehentfernung (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="156" />
      <source>Minimum green area within the cooling distance (ha)</source>
      <translation>Mindestgrünfläche innerhalb der Kühldistanz (ha)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="110" />
      <source>Minimum public green size (ha)</source>
      <translation>Mindestgröße öffentlicher Grünflächen (ha)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/adaptationzones.py" line="95" />
      <source>Minimum score for a zone (0..1)</source>
      <translation>Mindestbewertung für eine Zone (0..1)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="123" />
      <source>Minimum sink area (m²)</source>
      <translation>Mindestfläche einer Senke (m²)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="114" />
      <source>Minimum sink depth (m)</source>
      <translation>Mindesttiefe einer Senke (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="132" />
      <source>Minimum sink volume (m³)</source>
      <translation>Mindestvolumen einer Senke (m³)</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="368" />
      <source>Missing inputs:</source>
      <translation>Fehlende Eingaben:</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="27" />
      <source>Mobile coverage (RSRP, best server, SINR)</source>
      <translation>Mobilfunkversorgung (RSRP, Best Server, SINR)</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="72" />
      <source>Mobile sites / sectors</source>
      <translation>Mobilfunkstandorte / Sektoren</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="38" />
      <source>Most layer, field and code definitions in resources/gisnb/ are marked 'unconfirmed': they could not yet be checked against the official GIS-Nebenbestimmungen 5.1 document (only Trassenb 11/12 is backed by a secondary source). Check them before delivering data to the Projektträger and pass corrected tables as SCHEMA/CODES. The export contains only what the plan holds (as designed, not as built); the Shapefile format limits field names to 10 characters.</source>
      <translation>Die meisten Layer-, Feld- und Codedefinitionen in resources/gisnb/ sind als 'unconfirmed' (unbestätigt) gekennzeichnet: Sie konnten noch nicht am amtlichen Dokument GIS-Nebenbestimmungen 5.1 geprüft werden (nur Trassenb 11/12 ist durch eine Sekundärquelle belegt). Prüfen Sie sie, bevor Sie Daten an den Projektträger liefern, und übergeben Sie korrigierte Tabellen als SCHEMA/CODES. Der Export enthält nur, was der Plan enthält (Planungsstand, nicht Bestand nach Bau); das Shapefile-Format begrenzt Feldnamen auf 10 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="209" />
      <source>NR subcarrier spacing (kHz)</source>
      <translation>NR-Unterträgerabstand (kHz)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="121" />
      <source>Neighbourhood radius for the green share (m)</source>
      <translation>Umgebungsradius für den Grünanteil (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="345" />
      <source>No %s algorithm is registered yet: this tab cannot run.</source>
      <translation>Es ist noch kein Algorithmus der Gruppe %s registriert: Dieser Reiter kann nicht ausgeführt werden.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/validategisnb.py" line="97" />
      <source>No GIS-Nb violations found.</source>
      <translation>Keine GIS-Nb-Verstöße gefunden.</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="201" />
      <source>No coverage or climate algorithm is registered yet.</source>
      <translation>Es ist noch kein Versorgungs- oder Klimaalgorithmus registriert.</translation>
    </message>
    <message>
      <location filename="../styles/data_cells.qml" line="0" />
      <source>No dwellings, no buildings</source>
      <translation>Keine Wohnungen, keine Gebäude</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_sites.qml" line="0" />
      <source>Not eligible – no data (not counted)</source>
      <translation>Nicht förderfähig – keine Daten (nicht gezählt)</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_sites.qml" line="0" />
      <source>Not eligible – ≥ 200 Mbit/s symmetric</source>
      <translation>Nicht förderfähig – ≥ 200 Mbit/s symmetrisch</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_sites.qml" line="0" />
      <source>Not eligible – ≥ 500 Mbit/s download</source>
      <translation>Nicht förderfähig – ≥ 500 Mbit/s Download</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/streetgraph.py" line="48" />
      <source>Number of components</source>
      <translation>Anzahl der Komponenten</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/clusters.py" line="43" />
      <source>Number of distribution points</source>
      <translation>Anzahl der Verteilerpunkte</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="223" />
      <source>Number of servers above the threshold</source>
      <translation>Anzahl der Server oberhalb des Schwellenwerts</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="142" />
      <source>Number of sites k (0 = until the target share)</source>
      <translation>Anzahl der Standorte k (0 = bis zum Zielanteil)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/validategisnb.py" line="73" />
      <source>Number of violations</source>
      <translation>Anzahl der Verstöße</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="68" />
      <source>OLT</source>
      <translation>OLT</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/dimension.py" line="49" />
      <source>OLT PON ports</source>
      <translation>OLT-PON-Ports</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="47" />
      <source>OSM extract (*.osm.pbf *.pbf *.osm);;All files (*)</source>
      <translation>OSM-Auszug (*.osm.pbf *.pbf *.osm);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_osm.py" line="80" />
      <source>OSM extract (.osm.pbf / .osm)</source>
      <translation>OSM-Auszug (.osm.pbf / .osm)</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="69" />
      <source>OSM extract (.osm.pbf)</source>
      <translation>OSM-Auszug (.osm.pbf)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="105" />
      <source>Obstacle height for buildings without height (m)</source>
      <translation>Hindernishöhe für Gebäude ohne Höhe (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_osm.py" line="60" />
      <source>OpenStreetMap is only as complete as its mappers: buildings, addresses and surfaces may be missing or outdated, so check the layers against the official cadastre (ALKIS) where the plan depends on them. Building heights are mostly type defaults (levels × 3 m) because few OSM buildings carry a height or levels tag; height_src says which rule applied. Street widths are class estimates and the surface class falls back to the highway class when no surface tag exists. Imperviousness per land-cover class and the public-access rule for green spaces are table values for a Bavarian small town, not measurements.</source>
      <translation>OpenStreetMap ist nur so vollständig wie die Arbeit seiner Mapper: Gebäude, Adressen und Oberflächen können fehlen oder veraltet sein; prüfen Sie die Layer daher am amtlichen Liegenschaftskataster (ALKIS), wo die Planung davon abhängt. Gebäudehöhen sind meist Standardwerte nach Gebäudetyp (Geschosse × 3 m), weil nur wenige OSM-Gebäude ein height- oder levels-Tag tragen; height_src gibt an, welche Regel angewendet wurde. Straßenbreiten sind Schätzwerte nach Straßenklasse, und die Oberflächenklasse wird aus der highway-Klasse abgeleitet, wenn kein surface-Tag vorhanden ist. Versiegelungsgrad je Landbedeckungsklasse und die Regel für die öffentliche Zugänglichkeit von Grünflächen sind Tabellenwerte für eine bayerische Kleinstadt, keine Messungen.</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="68" />
      <source>Optical budget</source>
      <translation>Dämpfungsbudget</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="82" />
      <source>Optical budget class (ITU-T G.984.2: B+ 28 dB, C+ 32 dB)</source>
      <translation>Dämpfungsbudget-Klasse (ITU-T G.984.2: B+ 28 dB, C+ 32 dB)</translation>
    </message>
    <message>
      <location filename="../styles/data_buildings.qml" line="0" />
      <source>Other building (garage, commercial, public …)</source>
      <translation>Sonstiges Gebäude (Garage, Gewerbe, öffentlich …)</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="67" />
      <source>Output CRS (metric; default EPSG:25832)</source>
      <translation>Ausgabe-KBS (metrisch; Standard EPSG:25832)</translation>
    </message>
    <message>
      <location filename="../styles/fiber_homes.qml" line="0" />
      <source>Over the optical budget</source>
      <translation>Über dem Dämpfungsbudget</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="66" />
      <source>PON splitter ratio (1:N)</source>
      <translation>PON-Splitterverhältnis (1:N)</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="178" />
      <source>Parameter</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="147" />
      <source>Park cooling distance (m)</source>
      <translation>Kühldistanz von Parks (m)</translation>
    </message>
    <message>
      <location filename="../styles/data_streets.qml" line="0" />
      <source>Paved (block paving: lift and re-lay)</source>
      <translation>Gepflastert (Pflaster: aufnehmen und neu verlegen)</translation>
    </message>
    <message>
      <location filename="../styles/fiber_edges.qml" line="0" />
      <source>Paved (stones)</source>
      <translation>Gepflastert (Pflastersteine)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/clusters.py" line="13" />
      <source>Places distribution points (DPs) on the street graph and groups the homes into clusters, each served by one DP. A DP serves at most N homes (splitter ratio × splitters per DP, or a plain home limit) within a maximum network distance. Clusters are contiguous along the streets: the homes are first joined to the PoP by the minimum-cost trench tree (see 'Trench routing'), then the tree is cut bottom-up into connected parts (greedy of Kundu &amp; Misra 1977: at each vertex the heaviest sub-parts are closed until the rest fits; parts beyond the distance limit are closed first). The DP sits at the top of its part (closest to the PoP). A building with more homes than one DP serves gets several DPs at its street node.</source>
      <translation>Setzt Verteilerpunkte (DPs) auf den Straßengraphen und fasst die Wohneinheiten zu Clustern zusammen, die jeweils von einem DP versorgt werden. Ein DP versorgt höchstens N Wohneinheiten (Splitterverhältnis × Splitter je DP oder eine einfache Obergrenze an Wohneinheiten) innerhalb einer maximalen Netzdistanz. Die Cluster sind entlang der Straßen zusammenhängend: Die Wohneinheiten werden zuerst über den kostenminimalen Trassenbaum mit dem PoP verbunden (siehe 'Trassenführung'), dann wird der Baum von unten nach oben in zusammenhängende Teile zerlegt (Greedy-Verfahren nach Kundu &amp; Misra 1977: An jedem Knoten werden die schwersten Teilstücke abgeschlossen, bis der Rest passt; Teile jenseits der Distanzgrenze werden zuerst abgeschlossen). Der DP liegt an der Spitze seines Teils (am nächsten zum PoP). Ein Gebäude mit mehr Wohneinheiten, als ein DP versorgen kann, erhält mehrere DPs an seinem Straßenknoten.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="70" />
      <source>Plain home limit per DP (0 = splitter ratio × splitters)</source>
      <translation>Einfache Obergrenze an Wohneinheiten je DP (0 = Splitterverhältnis × Splitter)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/ftthplan.py" line="33" />
      <source>Plan FTTH network</source>
      <translation>FTTH-Netz planen</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="120" />
      <source>Plan cost per home passed (€; used instead of / added to plan layers)</source>
      <translation>Plankosten je erschlossener Wohneinheit (€; statt der / zusätzlich zu den Planlayern)</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="679" />
      <source>Planning CRS: %s · %d layer roles set</source>
      <translation>Planungs-KBS: %s · %d Layerrollen festgelegt</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="69" />
      <source>Planning area</source>
      <translation>Planungsgebiet</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_osm.py" line="83" />
      <source>Planning area (polygons; optional)</source>
      <translation>Planungsgebiet (Polygone; optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_osm.py" line="86" />
      <source>Planning area as extent (optional; used when no area layer is given)</source>
      <translation>Planungsgebiet als Ausdehnung (optional; wird verwendet, wenn kein Gebietslayer angegeben ist)</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_osm.py" line="141" />
      <source>Planning area: {area:.2f} km².</source>
      <translation>Planungsgebiet: {area:.2f} km².</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.ui" line="0" />
      <source>Planning coordinate reference system (metric)</source>
      <translation>Planungs-Koordinatenbezugssystem (metrisch)</translation>
    </message>
    <message>
      <location filename="../../plugin/plugin.py" line="76" />
      <source>Planning panel</source>
      <translation>Planungsbedienfeld</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/ftthplan.py" line="35" />
      <source>Plans a complete FTTH network from buildings, streets and PoP(s) in one run: street graph (snapping, noding, surface costs), drops (perpendicular lead-ins, address street preferred, max length), trench tree (Steiner tree: Mehlhorn + local search, several PoPs through a virtual root), distribution points and contiguous capacitated clusters, and dimensioning (fibers with reserve, cables 6…288F, ducts, splitters, OLT PON ports, optical loss budget B+/C+). Costs come from the catalogue (default in resources/catalogue, overridable by a JSON file). Every output is styled; 'All layers into one GeoPackage' additionally writes every layer, with embedded styles, into one file. Unserved buildings are listed with the reason; nothing is dropped silently.</source>
      <translation>Plant in einem Lauf ein vollständiges FTTH-Netz aus Gebäuden, Straßen und PoP(s): Straßengraph (Fangen, Knotenbildung, Oberflächenkosten), Hausanschlussleitungen (rechtwinklige Hauseinführungen, Adressstraße bevorzugt, maximale Länge), Trassenbaum (Steinerbaum: Mehlhorn + lokale Suche, mehrere PoPs über eine virtuelle Wurzel), Verteilerpunkte und zusammenhängende kapazitätsbeschränkte Cluster sowie Dimensionierung (Fasern mit Reserve, Kabel 6…288F, Leerrohre, Splitter, OLT-PON-Ports, Dämpfungsbudget B+/C+). Die Kosten stammen aus dem Katalog (Standard in resources/catalogue, durch eine JSON-Datei überschreibbar). Jede Ausgabe erhält einen Stil; 'Alle Layer in ein GeoPackage' schreibt zusätzlich jeden Layer mit eingebetteten Stilen in eine Datei. Nicht versorgte Gebäude werden mit Begründung aufgeführt; nichts wird stillschweigend verworfen.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="140" />
      <source>PoP</source>
      <translation>PoP</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="72" />
      <source>PoP (central office)</source>
      <translation>PoP (Zentrale)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="30" />
      <source>PoP / central office point(s) (field pop_id)</source>
      <translation>PoP-/Vermittlungsstellen-Punkt(e) (Feld pop_id)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="50" />
      <source>PoP(s) of the plan</source>
      <translation>PoP(s) des Plans</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="173" />
      <source>Ponded depth (m)</source>
      <translation>Einstautiefe (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/adaptationzones.py" line="64" />
      <source>Ponded water depth in m (optional)</source>
      <translation>Einstautiefe in m (optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="80" />
      <source>Ponding-depth raster (from Ponding)</source>
      <translation>Einstautiefen-Raster (aus „Einstau“)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="101" />
      <source>Population field</source>
      <translation>Feld Bevölkerung</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="39" />
      <source>Population is spread evenly over each population polygon (e.g. a Zensus cell), so figures for areas smaller than the cells are approximate. Buildings count by the RSRP at their representative point. Indoor values subtract the median ITU-R P.2109 building-entry loss; real walls, floors and windows vary widely. The statistics inherit all limits of the RSRP raster they summarise.</source>
      <translation>Die Bevölkerung wird gleichmäßig über jedes Bevölkerungspolygon (z. B. eine Zensus-Zelle) verteilt, daher sind Werte für Flächen, die kleiner als die Zellen sind, nur näherungsweise. Gebäude werden nach der Empfangsleistung (RSRP) an ihrem repräsentativen Punkt gezählt. Indoor-Werte ziehen die mittlere Gebäudeeindringdämpfung nach ITU-R P.2109 ab; reale Wände, Decken und Fenster variieren stark. Die Statistiken übernehmen alle Einschränkungen des RSRP-Rasters, das sie zusammenfassen.</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="117" />
      <source>Population polygons (optional; without: area)</source>
      <translation>Bevölkerungspolygone (optional; ohne: Fläche)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="93" />
      <source>Population polygons, e.g. Zensus grid (optional)</source>
      <translation>Bevölkerungspolygone, z. B. Zensus-Gitter (optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="30" />
      <source>Prepare DEM / DSM</source>
      <translation>DGM / DOM vorbereiten</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_osm.py" line="43" />
      <source>Prepare OSM planning layers</source>
      <translation>OSM-Planungslayer vorbereiten</translation>
    </message>
    <message>
      <location filename="../styles/data_green.qml" line="0" />
      <source>Private green (gardens, allotments)</source>
      <translation>Privates Grün (Gärten, Kleingärten)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="176" />
      <source>Product: hazard × (0.5 + 0.5·vulnerability)</source>
      <translation>Produkt: Gefährdung × (0,5 + 0,5·Vulnerabilität)</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="261" />
      <source>Project catalogue file</source>
      <translation>Katalogdatei des Projekts</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_dialog.ui" line="0" />
      <source>Project catalogue file:</source>
      <translation>Katalogdatei des Projekts:</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="130" />
      <source>Propagation model</source>
      <translation>Ausbreitungsmodell</translation>
    </message>
    <message>
      <location filename="../styles/data_green.qml" line="0" />
      <source>Public green space</source>
      <translation>Öffentliche Grünfläche</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="168" />
      <source>RSRP class thresholds (dBm, comma-separated)</source>
      <translation>Schwellenwerte der RSRP-Klassen (dBm, kommagetrennt)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="68" />
      <source>RSRP raster (dBm)</source>
      <translation>RSRP-Raster (dBm)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="26" />
      <source>Rain-event ponding (fill and spill)</source>
      <translation>Einstau bei Regenereignis (Füllen und Überlaufen)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="113" />
      <source>Raise buildings as flow obstacles</source>
      <translation>Gebäude als Fließhindernisse anheben</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="348" />
      <source>Ready.</source>
      <translation>Bereit.</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="78" />
      <source>Received power raster (RSRP, from Coverage)</source>
      <translation>Empfangsleistungs-Raster (RSRP, aus „Versorgung“)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="140" />
      <source>Receiver height above ground (m)</source>
      <translation>Empfängerhöhe über Grund (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="158" />
      <source>Receiver noise figure (dB)</source>
      <translation>Rauschzahl des Empfängers (dB)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="168" />
      <source>Rejected buildings</source>
      <translation>Abgewiesene Gebäude</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="245" />
      <source>Rejected sectors with reason</source>
      <translation>Abgewiesene Sektoren mit Begründung</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/streetgraph.py" line="47" />
      <source>Rejected streets</source>
      <translation>Verworfene Straßen</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/validategisnb.py" line="65" />
      <source>Relative length tolerance (0.02 = 2 %)</source>
      <translation>Relative Längentoleranz (0.02 = 2 %)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="99" />
      <source>Reliability field (0/false = offer not reliable) of the sites or the availability layer</source>
      <translation>Feld Zuverlässigkeit (0/false = Angebot nicht zuverlässig) der Standorte oder des Verfügbarkeitslayers</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_dialog.ui" line="0" />
      <source>Remove row</source>
      <translation>Zeile entfernen</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="261" />
      <source>Rendering the plan map…</source>
      <translation>Karte des Plans wird gerendert…</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="73" />
      <source>Resampling</source>
      <translation>Resampling-Methode</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_dialog.ui" line="0" />
      <source>Reset to defaults</source>
      <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
      <location filename="../styles/data_buildings.qml" line="0" />
      <source>Residential building</source>
      <translation>Wohngebäude</translation>
    </message>
    <message>
      <location filename="../../plugin/data/estimate_dwellings.py" line="52" />
      <source>Residential flag field (0/1; default 'resident')</source>
      <translation>Feld Wohngebäude-Kennzeichen (0/1; Standard 'resident')</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="70" />
      <source>Resolution in m</source>
      <translation>Auflösung in m</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="135" />
      <source>Resolution in m (0 = the DEM's)</source>
      <translation>Auflösung in m (0 = die des DGM)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="174" />
      <source>Risk method</source>
      <translation>Risikomethode</translation>
    </message>
    <message>
      <location filename="../../ui/domain_tab.ui" line="0" />
      <source>Run</source>
      <translation>Ausführen</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="428" />
      <source>Running %s …</source>
      <translation>%s wird ausgeführt …</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="120" />
      <source>Runoff coefficient from imperviousness</source>
      <translation>Abflussbeiwert aus dem Versiegelungsgrad</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="127" />
      <source>Runoff coefficient of sealed surfaces</source>
      <translation>Abflussbeiwert versiegelter Flächen</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="137" />
      <source>Runoff coefficient of unsealed surfaces</source>
      <translation>Abflussbeiwert unversiegelter Flächen</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="119" />
      <source>Runoff method</source>
      <translation>Abflussmethode</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="130" />
      <source>Rural reference air temperature T_ref (°C)</source>
      <translation>Ländliche Referenz-Lufttemperatur T_ref (°C)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="120" />
      <source>SCS curve number</source>
      <translation>SCS-Curve-Number</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="219" />
      <source>SINR (dB)</source>
      <translation>SINR (dB)</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_synthetic.qml" line="0" />
      <source>SYNTHETIC 100–200 Mbit/s</source>
      <translation>SYNTHETISCH 100–200 Mbit/s</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_synthetic.qml" line="0" />
      <source>SYNTHETIC 200–500 Mbit/s</source>
      <translation>SYNTHETISCH 200–500 Mbit/s</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_synthetic.qml" line="0" />
      <source>SYNTHETIC 30–100 Mbit/s</source>
      <translation>SYNTHETISCH 30–100 Mbit/s</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_synthetic.qml" line="0" />
      <source>SYNTHETIC &lt; 30 Mbit/s</source>
      <translation>SYNTHETISCH &lt; 30 Mbit/s</translation>
    </message>
    <message>
      <location filename="../styles/fiber_funding_synthetic.qml" line="0" />
      <source>SYNTHETIC ≥ 500 Mbit/s</source>
      <translation>SYNTHETISCH ≥ 500 Mbit/s</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="60" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="315" />
      <source>Save the project's catalogue as</source>
      <translation>Katalog des Projekts speichern unter</translation>
    </message>
    <message>
      <location filename="../styles/data_facilities.qml" line="0" />
      <source>School</source>
      <translation>Schule</translation>
    </message>
    <message>
      <location filename="../styles/fiber_edges.qml" line="0" />
      <source>Sealed (asphalt) – most expensive</source>
      <translation>Versiegelt (Asphalt) – am teuersten</translation>
    </message>
    <message>
      <location filename="../styles/data_streets.qml" line="0" />
      <source>Sealed (asphalt/concrete: cut and re-seal)</source>
      <translation>Versiegelt (Asphalt/Beton: aufschneiden und wieder schließen)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="114" />
      <source>Sectors (points, one row per sector)</source>
      <translation>Sektoren (Punkte, eine Zeile je Sektor)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="237" />
      <source>Sectors used (index = server id)</source>
      <translation>Verwendete Sektoren (Index = Server-ID)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="106" />
      <source>Seed of the synthetic bandwidth</source>
      <translation>Startwert (Seed) der synthetischen Bandbreite</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="387" />
      <source>Select at least one step.</source>
      <translation>Wählen Sie mindestens einen Schritt aus.</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="209" />
      <source>Selected sites</source>
      <translation>Ausgewählte Standorte</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="77" />
      <source>Sensitive facilities (schools, care homes …)</source>
      <translation>Sensible Einrichtungen (Schulen, Pflegeheime …)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="142" />
      <source>Served home</source>
      <translation>Versorgte Wohneinheit</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="48" />
      <source>Served homes / buildings of the plan (homes, dp_id, cluster)</source>
      <translation>Versorgte Wohneinheiten / Gebäude des Plans (homes, dp_id, cluster)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="123" />
      <source>Served with a download of at least (Mbit/s)</source>
      <translation>Versorgt bei einem Download von mindestens (Mbit/s)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="125" />
      <source>Served with symmetric (down and up) at least (Mbit/s)</source>
      <translation>Versorgt bei symmetrisch (Download und Upload) mindestens (Mbit/s)</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="654" />
      <source>Settings…</source>
      <translation>Einstellungen…</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="56" />
      <source>Shapefile</source>
      <translation>Shapefile</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="56" />
      <source>Shapefile and GeoJSON</source>
      <translation>Shapefile und GeoJSON</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="180" />
      <source>Sink depth (m)</source>
      <translation>Senkentiefe (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="154" />
      <source>Sinks</source>
      <translation>Senken</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="234" />
      <source>Sinks: %d (volume %.0f m³); flow paths: %d; affected buildings: %d.</source>
      <translation>Senken: %d (Volumen %.0f m³); Fließwege: %d; betroffene Gebäude: %d.</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="24" />
      <source>Site selection (maximum coverage)</source>
      <translation>Standortauswahl (maximale Versorgung)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="134" />
      <source>Sites with funding classification</source>
      <translation>Standorte mit Förderklassifizierung</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="132" />
      <source>Sites without bandwidth data count as eligible</source>
      <translation>Standorte ohne Bandbreitendaten gelten als förderfähig</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="59" />
      <source>Skip buildings with resident = 0 (when the field exists)</source>
      <translation>Gebäude mit resident = 0 überspringen (sofern das Feld existiert)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="167" />
      <source>Smallest ponded depth shown (m)</source>
      <translation>Kleinste dargestellte Einstautiefe (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="36" />
      <source>Snapping tolerance for street ends (m)</source>
      <translation>Fangtoleranz für Straßenenden (m)</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="68" />
      <source>Splitters</source>
      <translation>Splitter</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="68" />
      <source>Splitters per distribution point</source>
      <translation>Splitter je Verteilerpunkt</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="41" />
      <source>Static fill-and-spill of the total event volume: no flow velocities, no time steps, no sewer network and no infiltration during the flow beyond the runoff coefficient or curve number; the result is the final state after the rain, not a flood forecast. The DEM resolution limits what is seen (SRTM 90 m is far too coarse for street-level ponding; use a DGM 1). Imperviousness comes from land-cover class tables, not from measured sealing.</source>
      <translation>Statisches Füllen und Überlaufen (Fill-and-Spill) des gesamten Ereignisvolumens: keine Fließgeschwindigkeiten, keine Zeitschritte, kein Kanalnetz und keine Versickerung während des Abflusses über den Abflussbeiwert bzw. die Curve Number hinaus; das Ergebnis ist der Endzustand nach dem Regen, keine Hochwasservorhersage. Die DGM-Auflösung begrenzt, was erkennbar ist (SRTM mit 90 m ist für Einstau auf Straßenebene viel zu grob; verwenden Sie ein DGM 1). Der Versiegelungsgrad stammt aus Tabellen je Landbedeckungsklasse, nicht aus gemessener Versiegelung.</translation>
    </message>
    <message>
      <location filename="../../ui/domain_tab.ui" line="0" />
      <source>Steps to run</source>
      <translation>Auszuführende Schritte</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="607" />
      <source>Stopped: no layer of the stopped step was kept.</source>
      <translation>Angehalten: Vom angehaltenen Schritt wurde kein Layer behalten.</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_osm.py" line="92" />
      <source>Storey height in m (for building:levels and type defaults)</source>
      <translation>Geschosshöhe in m (für building:levels und Standardwerte je Typ)</translation>
    </message>
    <message>
      <location filename="../styles/fiber_nodes.qml" line="0" />
      <source>Street continues (2)</source>
      <translation>Straße läuft weiter (2)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/streetgraph.py" line="13" />
      <source>Street graph for fiber routing</source>
      <translation>Straßengraph für die Glasfaser-Trassierung</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="51" />
      <source>Street name field of the building address (preferred street)</source>
      <translation>Feld Straßenname der Gebäudeadresse (bevorzugte Straße)</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="71" />
      <source>Streets</source>
      <translation>Straßen</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/common.py" line="24" />
      <source>Streets (lines; fields surface, name, bridge, tunnel are used when present)</source>
      <translation>Straßen (Linien; die Felder surface, name, bridge, tunnel werden verwendet, sofern vorhanden)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="72" />
      <source>Streets and paths (walkable lines)</source>
      <translation>Straßen und Wege (begehbare Linien)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="27" />
      <source>Summarises an RSRP raster (e.g. from Mobile coverage) per district polygon (or for the whole raster, district 'all'): for every RSRP class (thresholds in dBm) the area and its share, the population (from population polygons such as the Zensus 2022 100 m or 1 km grid, spread evenly over each polygon's area), and the buildings and households (from a building layer: the value at each building's representative point; households = the chosen field, e.g. dwellings), outdoors and indoors. Indoor = outdoor RSRP minus the ITU-R P.2109 building entry loss (median of locations by default, horizontal incidence, traditional or thermally efficient buildings) at the given frequency. Coverage holes (RSRP below the hole threshold or no signal) are written as polygons with their area, population, households and district, largest population first.</source>
      <translation>Fasst ein RSRP-Raster (z. B. aus „Mobilfunkversorgung“) je Ortsteilpolygon zusammen (oder für das gesamte Raster, Ortsteil 'all'): für jede RSRP-Klasse (Schwellenwerte in dBm) die Fläche und ihren Anteil, die Bevölkerung (aus Bevölkerungspolygonen wie dem Zensus-2022-Gitter mit 100 m oder 1 km, gleichmäßig über die Fläche jedes Polygons verteilt) sowie die Gebäude und Haushalte (aus einem Gebäudelayer: der Wert am repräsentativen Punkt jedes Gebäudes; Haushalte = das gewählte Feld, z. B. Wohnungen), jeweils im Freien (outdoor) und in Gebäuden (indoor). Indoor = Outdoor-RSRP abzüglich der Gebäudeeindringdämpfung nach ITU-R P.2109 (standardmäßig Median der Orte, horizontaler Einfall, traditionelle oder thermisch effiziente Gebäude) bei der angegebenen Frequenz. Funklöcher (RSRP unterhalb des Funklochschwellenwerts oder kein Signal) werden als Polygone mit Fläche, Bevölkerung, Haushalten und Ortsteil ausgegeben, nach Bevölkerung absteigend sortiert.</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/adaptationzones.py" line="116" />
      <source>Summary per district</source>
      <translation>Übersicht je Ortsteil</translation>
    </message>
    <message>
      <location filename="../styles/data_cells.qml" line="0" />
      <source>Suppressed cell (type defaults used)</source>
      <translation>Geheim gehaltene Zelle (Standardwerte je Typ verwendet)</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="66" />
      <source>Surface aliases (OSM → class)</source>
      <translation>Oberflächen-Aliasse (OSM → Klasse)</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="65" />
      <source>Surface classes (trench €/m)</source>
      <translation>Oberflächenklassen (Tiefbau €/m)</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="74" />
      <source>Surface model (DSM)</source>
      <translation>Oberflächenmodell (DOM)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="112" />
      <source>Surface model DSM (optional)</source>
      <translation>Oberflächenmodell DOM (optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="124" />
      <source>Surface model DSM with buildings (optional; for LOS and diffraction)</source>
      <translation>Oberflächenmodell DOM mit Gebäuden (optional; für LOS und Beugung)</translation>
    </message>
    <message>
      <location filename="../styles/data_streets.qml" line="0" />
      <source>Surface unknown</source>
      <translation>Oberfläche unbekannt</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="138" />
      <source>Synthetic availability (demo)</source>
      <translation>Synthetische Verfügbarkeit (Demo)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="104" />
      <source>Synthetic bandwidth (demo only: invented, deterministic values)</source>
      <translation>Synthetische Bandbreite (nur zur Demonstration: erfundene, deterministische Werte)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="229" />
      <source>Take rate (share of homes passed that get connected, 0..1)</source>
      <translation>Anschlussquote (Anteil der erschlossenen Wohneinheiten, die angeschlossen werden, 0..1)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="151" />
      <source>Target covered share 0..1 (0 = none)</source>
      <translation>Angestrebter versorgter Anteil 0..1 (0 = keiner)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="130" />
      <source>Target green/canopy share (%)</source>
      <translation>Ziel-Grün-/Baumkronenanteil (%)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="197" />
      <source>Technology (LTE or NR)</source>
      <translation>Technologie (LTE oder NR)</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="73" />
      <source>Terrain model (DEM)</source>
      <translation>Geländemodell (DGM)</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="110" />
      <source>Terrain model DEM</source>
      <translation>Geländemodell DGM</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="119" />
      <source>Terrain model DEM (m, metric CRS)</source>
      <translation>Geländemodell DGM (m, metrisches KBS)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/trenches.py" line="21" />
      <source>The Steiner tree is a heuristic (Mehlhorn's 2-approximation improved by local search), not a proven optimum. Costs are the catalogue's indicative €/m by surface class along street centre lines; existing ducts, co-laying with other works and trench sharing are not modelled. Drops that lie on a street part without a PoP cannot be reached.</source>
      <translation>Der Steinerbaum ist eine Heuristik (Mehlhorns 2-Approximation, verbessert durch lokale Suche), kein nachgewiesenes Optimum. Die Kosten sind die Richtwerte des Katalogs in €/m je Oberflächenklasse entlang der Straßenmittellinien; vorhandene Leerrohre, Mitverlegung bei anderen Baumaßnahmen und gemeinsame Nutzung von Trassen werden nicht modelliert. Hausanschlüsse, die auf einem Teil des Straßennetzes ohne PoP liegen, können nicht erreicht werden.</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="41" />
      <source>The air temperature is an index model (InVEST Urban Cooling) calibrated only by the reference temperature and UHI magnitude you give; it is not a measured or simulated temperature. Shade, albedo and evapotranspiration per land-cover class are table values, with one reference evapotranspiration for the whole area. Vulnerability uses the 1 km Zensus grid, which is coarse for neighbourhoods, and the weights of hazard and vulnerability are a heuristic choice (parameters).</source>
      <translation>Die Lufttemperatur ist ein Indexmodell (InVEST Urban Cooling), das nur über die von Ihnen angegebene Referenztemperatur und die Stärke der städtischen Wärmeinsel (UHI) kalibriert ist; es handelt sich nicht um eine gemessene oder simulierte Temperatur. Verschattung, Albedo und Evapotranspiration je Landbedeckungsklasse sind Tabellenwerte, mit einer einzigen Referenzevapotranspiration für das gesamte Gebiet. Die Vulnerabilität verwendet das 1-km-Zensus-Raster, das für Quartiere grob ist, und die Gewichtung von Gefährdung und Vulnerabilität ist eine heuristische Festlegung (Parameter).</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="335" />
      <source>The algorithm %s is not registered in this installation.</source>
      <translation>Der Algorithmus %s ist in dieser Installation nicht registriert.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="45" />
      <source>The classification is only as good as the bandwidth data: the binding basis of a funding application is the official market survey (Markterkundungsverfahren) and the funding guideline's current text, which this tool does not replace. Joining availability by the nearest point can assign an offer to the wrong building. 'Synthetic bandwidth' generates invented data for demonstrations only. The cost per eligible home is an estimate from the plan's indicative costs.</source>
      <translation>Die Klassifizierung ist nur so gut wie die Bandbreitendaten: Verbindliche Grundlage eines Förderantrags sind das amtliche Markterkundungsverfahren und der aktuelle Wortlaut der Förderrichtlinie, die dieses Werkzeug nicht ersetzt. Die Zuordnung der Verfügbarkeit über den nächstgelegenen Punkt kann ein Angebot dem falschen Gebäude zuweisen. 'Synthetische Bandbreite' erzeugt erfundene Daten, ausschließlich zur Demonstration. Die Kosten je förderfähiger Wohneinheit sind eine Schätzung aus den Richtwertkosten des Plans.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/clusters.py" line="23" />
      <source>The clustering is a greedy heuristic on the trench tree (Kundu &amp; Misra), not an optimal placement: DPs sit on street nodes, not on surveyed cabinet sites, and a capacity or distance limit can leave clusters with few homes. Network distances follow the street centre lines. Cabinet sites still have to be checked on site (space, permissions).</source>
      <translation>Die Clusterbildung ist eine gierige Heuristik auf dem Trassenbaum (Kundu &amp; Misra), keine optimale Platzierung: Verteilerpunkte (DP) liegen auf Straßenknoten, nicht auf vermessenen Schrankstandorten, und eine Kapazitäts- oder Entfernungsgrenze kann Cluster mit wenigen Wohneinheiten hinterlassen. Netzentfernungen folgen den Straßenmittellinien. Schrankstandorte müssen noch vor Ort geprüft werden (Platz, Genehmigungen).</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="38" />
      <source>The greedy choice guarantees at least 63 % of the best possible coverage; the swap search improves it but does not prove optimality. Each candidate is modelled as one sector with the given defaults, so the result ranks candidate locations rather than designing sectors. Coverage is counted for the population grid only and inherits the limits of the propagation model and of the DEM/DSM. Permits, rents, backhaul and power are not considered.</source>
      <translation>Die gierige Auswahl garantiert mindestens 63 % der bestmöglichen Versorgung; die Austauschsuche verbessert sie, beweist aber keine Optimalität. Jeder Kandidat wird als ein Sektor mit den angegebenen Standardwerten modelliert, sodass das Ergebnis Kandidatenstandorte in eine Rangfolge bringt, statt Sektoren zu planen. Die Versorgung wird nur für das Bevölkerungsraster gezählt und übernimmt die Einschränkungen des Ausbreitungsmodells und des DGM/DOM. Genehmigungen, Mieten, Backhaul-Anbindung und Stromversorgung werden nicht berücksichtigt.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/dimension.py" line="25" />
      <source>The optical budget uses typical planning values (0.35 dB/km, splices and connectors per catalogue, maximum splitter insertion loss), not measured losses; patch panels, bends and ageing margins beyond them are not included. Cable and duct choice is by fiber count and the catalogue's types only; the cable path follows the trench tree, without ring or redundancy designs. Prices are indicative.</source>
      <translation>Das Dämpfungsbudget verwendet typische Planungswerte (0,35 dB/km, Spleiße und Steckverbinder laut Katalog, maximale Einfügedämpfung des Splitters), keine gemessenen Dämpfungen; Patchfelder, Biegungen und darüber hinausgehende Alterungsreserven sind nicht enthalten. Kabel und Leerrohre werden nur nach Faseranzahl und den Typen des Katalogs gewählt; der Kabelweg folgt dem Trassenbaum, ohne Ring- oder Redundanzstrukturen. Die Preise sind Richtwerte.</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="42" />
      <source>The output is never more accurate than the source: SRTM 3 arc-second (about 90 m) data are too coarse for street-level heavy-rain or line-of-sight work, and a finer output resolution only interpolates them; use a DGM 1 from the survey office where available. Voids are filled by inverse-distance interpolation, which is smooth but invented terrain. The DSM adds building heights from the building layer (in OSM mostly type defaults) at cell centres; trees and other structures are not included.</source>
      <translation>Das Ergebnis ist nie genauer als die Quelle: SRTM-Daten mit 3 Bogensekunden (etwa 90 m) sind für Starkregen- oder Sichtverbindungsanalysen auf Straßenebene zu grob, und eine feinere Ausgabeauflösung interpoliert sie nur; verwenden Sie, wo verfügbar, ein DGM 1 des Vermessungsamts. Datenlücken werden durch inverse Distanzgewichtung gefüllt, was ein glattes, aber erfundenes Gelände ergibt. Das DOM ergänzt Gebäudehöhen aus dem Gebäude-Layer (in OSM meist Standardwerte nach Gebäudetyp) an den Zellmittelpunkten; Bäume und andere Bauwerke sind nicht enthalten.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/ftthplan.py" line="45" />
      <source>The plan is a preliminary design for cost estimates and funding applications, not a construction plan: trenches follow street centre lines, drops are straight lead-ins, DPs sit on street nodes and the Steiner tree and clusters are heuristics. All prices are indicative catalogue ranges from public sources, not tender prices; calibrate the catalogue to your region. Results depend on the quality of the OSM streets and buildings and on the estimated dwellings.</source>
      <translation>Der Plan ist eine Vorplanung für Kostenschätzungen und Förderanträge, keine Ausführungsplanung: Trassen folgen den Straßenmittellinien, Hausanschlüsse sind gerade Zuleitungen, Verteilerpunkte (DP) liegen auf Straßenknoten, und Steinerbaum und Cluster sind Heuristiken. Alle Preise sind Richtwertspannen aus dem Katalog auf Basis öffentlicher Quellen, keine Ausschreibungspreise; kalibrieren Sie den Katalog auf Ihre Region. Die Ergebnisse hängen von der Qualität der OSM-Straßen und -Gebäude sowie von den geschätzten Wohnungen ab.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="264" />
      <source>The plan map could not be rendered; the report has no map.</source>
      <translation>Die Karte des Plans konnte nicht gerendert werden; der Bericht enthält keine Karte.</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.py" line="90" />
      <source>The planning CRS must be projected (metres), e.g. EPSG:25832; %s is geographic.</source>
      <translation>Das Planungs-KBS muss projiziert sein (Meter), z. B. EPSG:25832; %s ist geographisch.</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_osm.py" line="131" />
      <source>The planning area layer has no polygons.</source>
      <translation>Der Layer des Planungsgebiets enthält keine Polygone.</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="404" />
      <source>The project is not saved: the results go to a temporary folder that QGIS deletes when it closes. Save the project to keep them in infraplan_runs/ next to it.</source>
      <translation>Das Projekt ist nicht gespeichert: Die Ergebnisse werden in einem temporären Ordner abgelegt, den QGIS beim Beenden löscht. Speichern Sie das Projekt, um sie im Ordner infraplan_runs/ neben der Projektdatei zu behalten.</translation>
    </message>
    <message>
      <location filename="../../plugin/data/estimate_dwellings.py" line="30" />
      <source>The result is an estimate: within a cell, dwellings are shared by floor area, which is itself derived from OSM footprints and (often default) storey counts. Zensus cells suppressed for confidentiality and buildings outside all cells get type defaults (1 per house, 2 per 'residential', floor area / 110 m² for apartment blocks), marked in dwell_src. Wrong residential flags in OSM move dwellings between buildings of a cell, while each published cell total is kept exactly.</source>
      <translation>Das Ergebnis ist eine Schätzung: Innerhalb einer Zelle werden die Wohnungen nach Geschossfläche verteilt, die ihrerseits aus OSM-Grundrissen und (oft standardmäßig angenommenen) Geschosszahlen abgeleitet ist. Aus Geheimhaltungsgründen unterdrückte Zensus-Zellen und Gebäude außerhalb aller Zellen erhalten Standardwerte nach Gebäudetyp (1 je Haus, 2 je 'residential', Geschossfläche / 110 m² bei Mehrfamilienhäusern), gekennzeichnet in dwell_src. Falsche Wohnnutzungs-Kennzeichnungen in OSM verschieben Wohnungen zwischen den Gebäuden einer Zelle, während jede veröffentlichte Zellensumme exakt erhalten bleibt.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/validategisnb.py" line="31" />
      <source>The validator checks against InfraPlan's tables in resources/gisnb/, most of whose entries are marked 'unconfirmed' (not yet checked against the official GIS-Nebenbestimmungen 5.1 document); a violation may therefore be an error of the table, not of the data. It checks structure, codes and geometry, not whether the network is plausible or complete.</source>
      <translation>Der Validator prüft gegen die Tabellen von InfraPlan in resources/gisnb/, deren Einträge größtenteils als 'unconfirmed' (unbestätigt) gekennzeichnet sind (noch nicht am amtlichen Dokument GIS-Nebenbestimmungen 5.1 geprüft); ein Verstoß kann daher ein Fehler der Tabelle sein, nicht der Daten. Er prüft Struktur, Codes und Geometrie, nicht aber, ob das Netz plausibel oder vollständig ist.</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/adaptationzones.py" line="34" />
      <source>The weights, the normalisation thresholds (flooded share 20 %, depth 0.5 m, 100 inhabitants) and the recommended measures are a documented heuristic for prioritising, not an assessment procedure from a standard; adjust the weights to local goals. The zones inherit the limits of their inputs (heat index model, static ponding, street-based green access) and of the 100 m grid.</source>
      <translation>Die Gewichte, die Normierungsschwellen (überfluteter Anteil 20 %, Tiefe 0,5 m, 100 Einwohner) und die empfohlenen Maßnahmen sind eine dokumentierte Heuristik zur Priorisierung, kein normiertes Bewertungsverfahren; passen Sie die Gewichte an die örtlichen Ziele an. Die Zonen übernehmen die Einschränkungen ihrer Eingangsdaten (Hitzeindexmodell, statischer Einstau, straßenbasierte Grünflächenerreichbarkeit) und des 100-m-Rasters.</translation>
    </message>
    <message>
      <location filename="../../ui/settings_dialog.ui" line="0" />
      <source>These settings are stored in the QGIS project. The planning panel passes them to every InfraPlan algorithm it runs.</source>
      <translation>Diese Einstellungen werden im QGIS-Projekt gespeichert. Das Planungsbedienfeld übergibt sie an jeden InfraPlan-Algorithmus, den es ausführt.</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="42" />
      <source>This is a static terrain analysis (Starkregen-Hinweiskarte), not a hydrodynamic simulation: it shows where water can collect and flow, not when or how fast, and it ignores sewers, culverts, inlets and infiltration. Results depend on the DEM: SRTM at 90 m is far too coarse for street-level work and misses kerbs, walls and underpasses; use a DGM 1 (1 m). The fill-rain in mm assumes the sink's own catchment runs off completely.</source>
      <translation>Dies ist eine statische Geländeanalyse (Starkregen-Hinweiskarte), keine hydrodynamische Simulation: Sie zeigt, wo sich Wasser sammeln und abfließen kann, nicht wann oder wie schnell, und sie berücksichtigt weder Kanalisation, Durchlässe, Straßeneinläufe noch Versickerung. Die Ergebnisse hängen vom DGM ab: SRTM mit 90 m ist für Analysen auf Straßenebene viel zu grob und erfasst keine Bordsteine, Mauern und Unterführungen; verwenden Sie ein DGM 1 (1 m). Der Füllniederschlag in mm setzt voraus, dass das eigene Einzugsgebiet der Senke vollständig abfließt.</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="194" />
      <source>Total power (dBm)</source>
      <translation>Gesamtsendeleistung (dBm)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="272" />
      <source>Total {t:,.0f} €; {p} homes passed, {e:,.0f} € per home passed.</source>
      <translation>Gesamt {t:,.0f} €; {p} erschlossene Wohneinheiten, {e:,.0f} € je erschlossener Wohneinheit.</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="139" />
      <source>Tree view radius (m)</source>
      <translation>Sichtradius für Bäume (m)</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="76" />
      <source>Trees</source>
      <translation>Bäume</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="84" />
      <source>Trees (points, optional)</source>
      <translation>Bäume (Punkte, optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="145" />
      <source>Trees wanted within the view radius</source>
      <translation>Erwünschte Anzahl Bäume im Sichtradius</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="141" />
      <source>Trench</source>
      <translation>Trasse</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/trenches.py" line="42" />
      <source>Trench cost (EUR)</source>
      <translation>Trassenkosten (EUR)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/trenches.py" line="41" />
      <source>Trench length (km)</source>
      <translation>Trassenlänge (km)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/trenches.py" line="11" />
      <source>Trench routing (Steiner tree)</source>
      <translation>Trassenführung (Steinerbaum)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="42" />
      <source>Trench segments of the FTTH plan (length, surface, cable, duct, cluster)</source>
      <translation>Trassenabschnitte des FTTH-Plans (Länge, Oberfläche, Kabel, Leerrohr, Cluster)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/trenches.py" line="40" />
      <source>Trenches</source>
      <translation>Trassen</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/streetgraph.py" line="24" />
      <source>Trenches are assumed along street centre lines; the side of the street, existing ducts and other utilities are not known. Snapping merges only ends within the tolerance, so gaps larger than it leave separate components (listed in the components output), and a too large tolerance can join streets that do not meet (e.g. at bridges). Edge costs use the catalogue's indicative €/m per surface class, not tender prices; the surface class comes from OSM tags or the street class.</source>
      <translation>Trassen werden entlang der Straßenmittellinien angenommen; die Straßenseite, vorhandene Leerrohre und andere Versorgungsleitungen sind nicht bekannt. Das Fangen (Snapping) verbindet nur Linienenden innerhalb der Toleranz, sodass größere Lücken getrennte Komponenten hinterlassen (in der Komponenten-Ausgabe aufgeführt), und eine zu große Toleranz kann Straßen verbinden, die sich nicht treffen (z. B. an Brücken). Die Kantenkosten verwenden die Richtwerte des Katalogs in €/m je Oberflächenklasse, keine Ausschreibungspreise; die Oberflächenklasse stammt aus OSM-Tags oder der Straßenklasse.</translation>
    </message>
    <message>
      <location filename="../styles/fiber_edges.qml" line="0" />
      <source>Tunnel</source>
      <translation>Tunnel</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_osm.py" line="45" />
      <source>Turns an OpenStreetMap extract (.osm.pbf or .osm, read with GDAL) into clean planning layers in a metric CRS: buildings (type, levels, height with its source, footprint and floor area, residential flag), address points linked to their building (unmatched ones keep matched = 0), streets with a surface class for trench costing (sealed / paved / unsealed / unknown from the surface tag or the highway class), width estimate, bridge/tunnel flags and network component (0 = main network), green spaces with public access, water areas and lines, non-overlapping land cover with an imperviousness share per class, trees, telecom masts and sensitive facilities. Height: 'height' tag, else 'building:levels' × storey height, else a default per building type (height_src says which). building=yes counts as residential when it has an address, at least 30 m² and no tag of another use. OSM geometries that are invalid are repaired; those that cannot be repaired go to the Rejected output with the reason. Optional area: a polygon layer or an extent; features whose inner point lies inside are kept. Geographic output CRSs are refused.</source>
      <translation>Wandelt einen OpenStreetMap-Auszug (.osm.pbf oder .osm, mit GDAL gelesen) in bereinigte Planungslayer in einem metrischen KBS um: Gebäude (Typ, Geschosse, Höhe mit ihrer Quelle, Grund- und Geschossfläche, Wohngebäude-Kennzeichen), Adresspunkte mit Zuordnung zu ihrem Gebäude (nicht zugeordnete behalten matched = 0), Straßen mit einer Oberflächenklasse für die Tiefbaukalkulation (versiegelt / gepflastert / unbefestigt / unbekannt, d. h. sealed / paved / unsealed / unknown, aus dem surface-Tag oder der highway-Klasse), geschätzter Breite, Kennzeichen für Brücke/Tunnel und Netzkomponente (0 = Hauptnetz), Grünflächen mit öffentlichem Zugang, Gewässerflächen und -linien, überlappungsfreie Landbedeckung mit einem Versiegelungsanteil je Klasse, Bäume, Funkmasten und sensible Einrichtungen. Höhe: Tag 'height', sonst 'building:levels' × Geschosshöhe, sonst ein Standardwert je Gebäudetyp (height_src gibt an, welcher). building=yes gilt als Wohngebäude, wenn es eine Adresse, mindestens 30 m² und kein Tag einer anderen Nutzung hat. Ungültige OSM-Geometrien werden repariert; solche, die sich nicht reparieren lassen, gehen mit Begründung in die Ausgabe der abgelehnten Objekte. Optionales Gebiet: ein Polygonlayer oder eine Ausdehnung; Objekte, deren innerer Punkt darin liegt, werden behalten. Geographische Ausgabe-KBS werden abgelehnt.</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="32" />
      <source>Turns any GDAL elevation raster (e.g. an SRTM .hgt tile inside a zip, opened as /vsizip/path/N49E011.hgt.zip/N49E011.hgt, or a DGM 1 GeoTIFF) into a GeoTIFF for planning: cut to the extent (plus nothing else), voids (nodata cells) of the source filled by inverse-distance interpolation from their edges (the count is logged), warped to the metric output CRS on a grid snapped to multiples of the resolution with the chosen resampling, float32 with nodata -9999. Optionally a DSM on exactly the same grid: DEM + building height burnt at cell centres (the taller building wins where footprints overlap). A raster that does not overlap the extent and geographic output CRSs are refused.</source>
      <translation>Wandelt ein beliebiges GDAL-Höhenraster (z. B. eine SRTM-.hgt-Kachel in einer ZIP-Datei, geöffnet als /vsizip/path/N49E011.hgt.zip/N49E011.hgt, oder ein GeoTIFF des DGM 1) in ein GeoTIFF für die Planung um: zugeschnitten auf die Ausdehnung (nichts darüber hinaus), Lücken (NoData-Zellen) der Quelle durch inverse Distanzgewichtung von ihren Rändern aus gefüllt (die Anzahl wird protokolliert), mit dem gewählten Resampling-Verfahren in das metrische Ausgabe-KBS transformiert, auf einem Gitter, das an Vielfachen der Auflösung ausgerichtet ist, float32 mit NoData -9999. Optional ein DOM auf exakt demselben Gitter: DGM + Gebäudehöhe, an den Zellmittelpunkten eingebrannt (wo sich Grundrisse überlappen, setzt sich das höhere Gebäude durch). Ein Raster, das die Ausdehnung nicht überlappt, sowie geographische Ausgabe-KBS werden abgelehnt.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="191" />
      <source>Turns the layers of an FTTH plan (from 'Plan FTTH network' or drawn by hand) into a bill of quantities: item, unit, quantity, unit price and total for trench metres by surface class, street crossings, ducts and cables by type, DP cabinets, splitters, OLT PON ports, drops and house connections – for the whole plan and for each cluster ('feeder' holds what lies outside all clusters). Unit prices come from the cost catalogue (the default or your JSON file). Homes passed = homes of the served sites; homes connected = take rate × homes passed; drops and house connections are built for connected homes only. € per home passed = network cost ÷ homes passed; € per home connected = (network + connection cost) ÷ homes connected.
Outputs: a BoQ table, a per-cluster table, a CSV and an HTML report with a map of the plan and a chart of the cost shares. Layers from different runs of the plan (different plan_id, or ids that do not match) are refused.</source>
      <translation>Wandelt die Layer eines FTTH-Plans (aus 'FTTH-Netz planen' oder von Hand gezeichnet) in ein Leistungsverzeichnis um: Position, Einheit, Menge, Einheitspreis und Gesamtpreis für Trassenmeter nach Oberflächenklasse, Straßenquerungen, Leerrohre und Kabel nach Typ, DP-Schränke, Splitter, OLT-PON-Ports, Hausanschlussleitungen und Hausanschlüsse – für den gesamten Plan und für jeden Cluster ('feeder' enthält alles, was außerhalb aller Cluster liegt). Die Einheitspreise stammen aus dem Kostenkatalog (dem Standardkatalog oder Ihrer JSON-Datei). Erschlossene Wohneinheiten (Homes Passed) = Wohneinheiten der versorgten Standorte; angeschlossene Wohneinheiten (Homes Connected) = Anschlussquote × erschlossene Wohneinheiten; Hausanschlussleitungen und Hausanschlüsse werden nur für angeschlossene Wohneinheiten gebaut. € je erschlossener Wohneinheit = Netzkosten ÷ erschlossene Wohneinheiten; € je angeschlossener Wohneinheit = (Netz- + Anschlusskosten) ÷ angeschlossene Wohneinheiten.
Ausgaben: eine LV-Tabelle, eine Tabelle je Cluster, eine CSV-Datei und ein HTML-Bericht mit einer Karte des Plans und einem Diagramm der Kostenanteile. Layer aus verschiedenen Läufen des Plans (unterschiedliche plan_id oder nicht übereinstimmende IDs) werden abgelehnt.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="203" />
      <source>Unit prices are indicative planning values (EUR, net) from public sources, not quotes or tender results; calibrate the catalogue to your region before using a budget. Quantities come from the plan layers as they are: hand-drawn layers must carry the fields of 'Plan FTTH network'. Homes connected is a flat take rate; planning, permits, surveying and network equipment beyond the catalogue items are not costed.</source>
      <translation>Die Einheitspreise sind Planungsrichtwerte (EUR, netto) aus öffentlichen Quellen, keine Angebote oder Ausschreibungsergebnisse; kalibrieren Sie den Katalog auf Ihre Region, bevor Sie ein Budget verwenden. Die Mengen werden den Plan-Layern so entnommen, wie sie sind: Von Hand gezeichnete Layer müssen die Felder von 'FTTH-Netz planen' enthalten. Die angeschlossenen Wohneinheiten ergeben sich aus einer pauschalen Anschlussquote; Planung, Genehmigungen, Vermessung und Netztechnik über die Katalogpositionen hinaus werden nicht kalkuliert.</translation>
    </message>
    <message>
      <location filename="../styles/fiber_edges.qml" line="0" />
      <source>Unknown surface (priced as sealed)</source>
      <translation>Unbekannte Oberfläche (wie versiegelt bepreist)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/common.py" line="19" />
      <source>Unknown weight '%s'; use %s.</source>
      <translation>Unbekanntes Gewicht '%s'; verwenden Sie %s.</translation>
    </message>
    <message>
      <location filename="../styles/data_addresses.qml" line="0" />
      <source>Unmatched address (no building within 5 m)</source>
      <translation>Nicht zugeordnete Adresse (kein Gebäude innerhalb von 5 m)</translation>
    </message>
    <message>
      <location filename="../styles/data_streets.qml" line="0" />
      <source>Unsealed (gravel, soil: cheapest trench)</source>
      <translation>Unversiegelt (Schotter, Boden: günstigste Trasse)</translation>
    </message>
    <message>
      <location filename="../styles/fiber_edges.qml" line="0" />
      <source>Unsealed – cheapest</source>
      <translation>Unversiegelt – am günstigsten</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/drops.py" line="42" />
      <source>Unserved buildings</source>
      <translation>Nicht versorgte Gebäude</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="77" />
      <source>Upload bandwidth field (Mbit/s) of the sites</source>
      <translation>Feld Upload-Bandbreite (Mbit/s) der Standorte</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="96" />
      <source>Upload field of the availability layer</source>
      <translation>Upload-Feld des Verfügbarkeitslayers</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="138" />
      <source>Urban heat island magnitude UHI_max (K)</source>
      <translation>Stärke der städtischen Wärmeinsel UHI_max (K)</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="306" />
      <source>Use the prepared layers as the project's layer roles</source>
      <translation>Die vorbereiteten Layer als Layerrollen des Projekts verwenden</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/validategisnb.py" line="20" />
      <source>Validate GIS-Nebenbestimmungen dataset (GIS-Nb 5.x)</source>
      <translation>GIS-Nebenbestimmungen-Datensatz prüfen (GIS-Nb 5.x)</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="68" />
      <source>Validate the written files</source>
      <translation>Geschriebene Dateien validieren</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_editor.py" line="178" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="72" />
      <source>Violations found by the validator</source>
      <translation>Vom Validator gefundene Verstöße</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="32" />
      <source>Walking distances follow the street layer: footpaths missing from it make distances too long, and park entrances are approximated by street vertices near the green polygon. Whether a green space is public comes from OSM tags and a rule table. Green share and tree counts depend on how completely green areas and trees are mapped in OSM; inhabitants are dwellings × an average household size.</source>
      <translation>Fußwegentfernungen folgen dem Straßen-Layer: Fehlen dort Fußwege, werden die Entfernungen zu lang, und Parkeingänge werden durch Straßenstützpunkte nahe dem Grünflächenpolygon angenähert. Ob eine Grünfläche öffentlich ist, ergibt sich aus OSM-Tags und einer Regeltabelle. Grünanteil und Baumanzahl hängen davon ab, wie vollständig Grünflächen und Bäume in OSM erfasst sind; die Einwohnerzahl ergibt sich aus Wohnungen × einer durchschnittlichen Haushaltsgröße.</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="77" />
      <source>Water bodies</source>
      <translation>Gewässer</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/common.py" line="23" />
      <source>Weight '%s' is not a number.</source>
      <translation>Gewicht '%s' ist keine Zahl.</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/common.py" line="16" />
      <source>Weight '%s' must look like name=number.</source>
      <translation>Gewicht '%s' muss die Form Name=Zahl haben.</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/common.py" line="25" />
      <source>Weight '%s' must not be negative.</source>
      <translation>Gewicht '%s' darf nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="177" />
      <source>Weighted: 0.6·hazard + 0.4·vulnerability</source>
      <translation>Gewichtet: 0,6·Gefährdung + 0,4·Vulnerabilität</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/adaptationzones.py" line="105" />
      <source>Weights (heat, water, green)</source>
      <translation>Gewichte (heat, water, green)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="185" />
      <source>Weights (name=value, comma-separated)</source>
      <translation>Gewichte (Name=Wert, kommagetrennt)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="28" />
      <source>Where does the water of a design rain stand? The rain (mm; e.g. the local KOSTRA-DWD hourly rains of 30 and 100 years, roughly 35-45 mm, or an extreme 90 mm event) becomes runoff with a coefficient from the imperviousness (C = C_pervious + (C_impervious − C_pervious)·imperviousness) or with SCS curve numbers (TR-55). Runoff runs down the terrain by steepest descent into the pit it reaches; pits fill and spill through the depression hierarchy: a full pit overflows at its lowest saddle into the neighbouring basin, two full neighbours merge into one lake that keeps rising, and what reaches the DEM edge leaves the area. Output: ponded water depth raster and the depressions of the filled DEM with stored volume and fill state. The log and the numeric outputs give the mass balance rain = ponded + outflow + infiltrated. Imperviousness comes from the land-cover field (buildings count as sealed, unmapped cells get the default).</source>
      <translation>Wo steht das Wasser eines Bemessungsregens? Der Niederschlag (mm; z. B. die örtlichen KOSTRA-DWD-Stundenregen der Jährlichkeiten 30 und 100 Jahre, etwa 35-45 mm, oder ein extremes 90-mm-Ereignis) wird zu Abfluss, entweder mit einem Abflussbeiwert aus dem Versiegelungsgrad (C = C_unversiegelt + (C_versiegelt − C_unversiegelt)·Versiegelungsgrad) oder mit SCS-Curve-Numbers (TR-55). Der Abfluss fließt in Richtung des steilsten Gefälles über das Gelände in die Senke, die er erreicht; Senken füllen sich und laufen über die Senkenhierarchie über: Eine volle Senke läuft an ihrem tiefsten Sattelpunkt in das benachbarte Becken über, zwei volle Nachbarsenken vereinigen sich zu einem See, der weiter steigt, und was den Rand des DGM erreicht, verlässt das Gebiet. Ausgabe: Raster der Einstautiefe sowie die Senken des gefüllten DGM mit gespeichertem Volumen und Füllstand. Das Protokoll und die numerischen Ausgaben enthalten die Massenbilanz Niederschlag = Einstau + Abfluss aus dem Gebiet + Versickerung. Der Versiegelungsgrad stammt aus dem Landbedeckungsfeld (Gebäude gelten als versiegelt, nicht erfasste Zellen erhalten den Standardwert).</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="128" />
      <source>White spot below download (Mbit/s)</source>
      <translation>Weißer Fleck: Download unter (Mbit/s)</translation>
    </message>
    <message>
      <location filename="../styles/fiber_homes.qml" line="0" />
      <source>Within the optical budget</source>
      <translation>Innerhalb des Dämpfungsbudgets</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="26" />
      <source>Writes the FTTH plan as the layers of the GIS-Nebenbestimmungen 5.x data model that German funded broadband projects deliver: Bauten_und_Netztechnik (PoPs and DPs), Endverbraucher (served homes, each pointing to its DP), Trassenbau (trench segments and drops with the surface code Trassenb 11 = sealed / 12 = unsealed), Leerrohre (ducts, LR_Art) and Verbindungen (cables, Verb_Art 5 = 6F … 12 = 288F) – as Shapefiles and/or GeoJSON files, field names of at most 10 characters, lengths in metres.
Layers, fields and codes come from the versioned tables resources/gisnb/gisnb_schema_v5.csv and gisnb_codes_v5.csv; entries not confirmed from the official document are marked 'unconfirmed' there (see resources/gisnb/README.md) – pass corrected copies as SCHEMA/CODES. After writing, the export is checked with the GIS-Nb validator and the number of violations is reported.</source>
      <translation>Schreibt den FTTH-Plan als die Layer des Datenmodells der GIS-Nebenbestimmungen 5.x, das geförderte Breitbandprojekte in Deutschland liefern: Bauten_und_Netztechnik (PoPs und DPs), Endverbraucher (versorgte Wohneinheiten, jeweils mit Verweis auf ihren DP), Trassenbau (Trassenabschnitte und Hausanschlussleitungen mit dem Oberflächencode Trassenb 11 = versiegelt / 12 = unversiegelt), Leerrohre (Leerrohre, LR_Art) und Verbindungen (Kabel, Verb_Art 5 = 6F … 12 = 288F) – als Shapefiles und/oder GeoJSON-Dateien, mit Feldnamen von höchstens 10 Zeichen und Längen in Metern.
Layer, Felder und Codes stammen aus den versionierten Tabellen resources/gisnb/gisnb_schema_v5.csv und gisnb_codes_v5.csv; Einträge, die nicht anhand des offiziellen Dokuments bestätigt sind, sind dort als 'unconfirmed' gekennzeichnet (siehe resources/gisnb/README.md) – übergeben Sie korrigierte Kopien als SCHEMA/CODES. Nach dem Schreiben wird der Export mit dem GIS-Nb-Validator geprüft und die Anzahl der Verstöße ausgegeben.</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="75" />
      <source>Zensus 1 km grid</source>
      <translation>Zensus-Gitter 1 km</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="99" />
      <source>Zensus 1 km grid (einwohner, anteil_ab65, anteil_unter18; optional)</source>
      <translation>Zensus-1-km-Gitter (einwohner, anteil_ab65, anteil_unter18; optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="99" />
      <source>Zensus 1 km grid with hh_groesse (optional)</source>
      <translation>Zensus-1-km-Gitter mit hh_groesse (optional)</translation>
    </message>
    <message>
      <location filename="../../plugin/project_settings.py" line="74" />
      <source>Zensus 100 m grid</source>
      <translation>Zensus-Gitter 100 m</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/adaptationzones.py" line="86" />
      <source>Zone grid size (m)</source>
      <translation>Zonenrastergröße (m)</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="178" />
      <source>a number is required.</source>
      <translation>eine Zahl ist erforderlich.</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="680" />
      <source>algorithm default</source>
      <translation>Standard des Algorithmus</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fiberboq.py" line="190" />
      <source>boq,bill of quantities,leistungsverzeichnis,kosten,cost,report,ftth,homes passed,take rate</source>
      <translation>boq,bill of quantities,leistungsverzeichnis,lv,mengenermittlung,kosten,cost,bericht,report,ftth,homes passed,take rate,anschlussquote</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="501" />
      <source>cancelled</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/adaptationzones.py" line="22" />
      <source>climate adaptation,priority,measures,unsealing,retention,greening,cool spots,sponge city</source>
      <translation>Klimaanpassung,Priorität,Maßnahmen,Entsiegelung,Rückhalt,Retention,Begrünung,kühle Orte,Schwammstadt,climate adaptation,sponge city</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="26" />
      <source>coverage,statistics,population,households,indoor,Funkloch,Versorgungsauflage,Zensus</source>
      <translation>Versorgung,Statistik,Bevölkerung,Haushalte,Indoor,Gebäudeinnenversorgung,Funkloch,Versorgungsauflage,Zensus,coverage,statistics,population,households</translation>
    </message>
    <message>
      <location filename="../styles/climate_sinks.qml" line="0" />
      <source>deeper than 1 m</source>
      <translation>tiefer als 1 m</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_dem.py" line="31" />
      <source>dem,dgm,dsm,srtm,elevation,void fill,reproject,resample,building heights</source>
      <translation>dgm,dem,dom,dsm,srtm,höhe,elevation,lücken füllen,void fill,umprojizieren,reproject,resampling,resample,gebäudehöhen,building heights</translation>
    </message>
    <message>
      <location filename="../styles/climate_depth.qml" line="0" />
      <source>dry</source>
      <translation>trocken</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="501" />
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../styles/coverage_classes.qml" line="0" />
      <source>fair: -105 .. -95 dBm</source>
      <translation>mittel: -105 .. -95 dBm</translation>
    </message>
    <message>
      <location filename="../styles/climate_flowpaths.qml" line="0" />
      <source>flow path, catchment ≥ 0.1 ha</source>
      <translation>Fließweg, Einzugsgebiet ≥ 0.1 ha</translation>
    </message>
    <message>
      <location filename="../styles/climate_flowpaths.qml" line="0" />
      <source>flow path, catchment ≥ 1 ha</source>
      <translation>Fließweg, Einzugsgebiet ≥ 1 ha</translation>
    </message>
    <message>
      <location filename="../styles/climate_flowpaths.qml" line="0" />
      <source>flow path, catchment ≥ 10 ha</source>
      <translation>Fließweg, Einzugsgebiet ≥ 10 ha</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/dimension.py" line="15" />
      <source>ftth,fiber,glasfaser,cable,duct,splitter,olt,pon,loss budget,dimensioning</source>
      <translation>ftth,fiber,glasfaser,kabel,cable,leerrohr,duct,splitter,olt,pon,dämpfungsbudget,loss budget,dimensionierung,dimensioning</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/clusters.py" line="12" />
      <source>ftth,fiber,glasfaser,dp,nvt,cluster,splitter,capacitated clustering</source>
      <translation>ftth,fiber,glasfaser,dp,nvt,verteilerpunkt,cluster,splitter,kapazitätsbeschränkte clusterbildung,capacitated clustering</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/drops.py" line="14" />
      <source>ftth,fiber,glasfaser,drop,lead-in,hausanschluss,house connection</source>
      <translation>ftth,fiber,glasfaser,drop,hausanschlussleitung,lead-in,hauseinführung,hausanschluss,house connection</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/ftthplan.py" line="34" />
      <source>ftth,fiber,glasfaser,plan,design,trench,drop,dp,cluster,cable,cost,gigabit</source>
      <translation>ftth,fiber,glasfaser,plan,planung,design,trench,trasse,drop,hausanschluss,dp,verteilerpunkt,cluster,cable,kabel,cost,kosten,gigabit</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/streetgraph.py" line="14" />
      <source>ftth,fiber,glasfaser,street graph,network,noding,snapping,trench</source>
      <translation>ftth,fiber,glasfaser,straßengraph,street graph,netz,knotenbildung,fangen,snapping,trasse,tiefbau</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/trenches.py" line="12" />
      <source>ftth,fiber,glasfaser,trench,tiefbau,steiner tree,routing,mehlhorn</source>
      <translation>ftth,fiber,glasfaser,trasse,trench,tiefbau,steinerbaum,steiner tree,routing,trassierung,mehlhorn</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="28" />
      <source>gigabit,foerderung,funding,white spots,grey spots,weisse flecken,graue flecken,bandwidth</source>
      <translation>gigabit,förderung,foerderung,funding,förderlücke,weiße flecken,weisse flecken,white spots,graue flecken,grey spots,bandbreite,bandwidth</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="25" />
      <source>gis-nb,gis-nebenbestimmungen,gigabit,foerderung,shapefile,geojson,export,bmdv</source>
      <translation>gis-nb,gis-nebenbestimmungen,gigabit,förderung,foerderung,shapefile,geojson,export,bmdv</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/validategisnb.py" line="21" />
      <source>gis-nb,gis-nebenbestimmungen,validate,check,pruefen,gigabit,shapefile,geojson</source>
      <translation>gis-nb,gis-nebenbestimmungen,validieren,validate,prüfen,pruefen,check,gigabit,shapefile,geojson</translation>
    </message>
    <message>
      <location filename="../styles/coverage_classes.qml" line="0" />
      <source>good: &gt;= -95 dBm</source>
      <translation>gut: &gt;= -95 dBm</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/greenaccess.py" line="20" />
      <source>green,park,3-30-300,who,walking distance,trees,canopy,grünversorgung</source>
      <translation>Grün,Park,Grünfläche,3-30-300,WHO,Fußweg,Gehentfernung,Bäume,Baumkronen,Kronendach,Grünversorgung,green,park,walking distance,trees,canopy</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/heatrisk.py" line="27" />
      <source>heat,urban heat island,invest,urban cooling,vulnerability,hitze,klimaanalyse</source>
      <translation>Hitze,Hitzeinsel,städtische Wärmeinsel,InVEST,Stadtkühlung,Kühlung,Vulnerabilität,Verwundbarkeit,Klimaanalyse,heat,urban heat island,urban cooling,vulnerability</translation>
    </message>
    <message>
      <location filename="../styles/climate_heatareas.qml" line="0" />
      <source>high heat risk</source>
      <translation>hohes Hitzerisiko</translation>
    </message>
    <message>
      <location filename="../styles/climate_zones.qml" line="0" />
      <source>high priority</source>
      <translation>hohe Priorität</translation>
    </message>
    <message>
      <location filename="../styles/coverage_classes.qml" line="0" />
      <source>hole: &lt; -115 dBm or no signal</source>
      <translation>Funkloch: &lt; -115 dBm oder kein Signal</translation>
    </message>
    <message>
      <location filename="../styles/climate_affected.qml" line="0" />
      <source>in or next to a sink</source>
      <translation>in oder neben einer Senke</translation>
    </message>
    <message>
      <location filename="../styles/climate_zones.qml" line="0" />
      <source>low priority</source>
      <translation>niedrige Priorität</translation>
    </message>
    <message>
      <location filename="../styles/climate_zones.qml" line="0" />
      <source>medium priority</source>
      <translation>mittlere Priorität</translation>
    </message>
    <message>
      <location filename="../styles/data_dwellings.qml" line="0" />
      <source>more than 12 dwellings</source>
      <translation>mehr als 12 Wohnungen</translation>
    </message>
    <message>
      <location filename="../styles/fiber_trenches.qml" line="0" />
      <source>more than 288 fibers (several cables)</source>
      <translation>mehr als 288 Fasern (mehrere Kabel)</translation>
    </message>
    <message>
      <location filename="../styles/fiber_clusters.qml" line="0" />
      <source>more than 64 homes</source>
      <translation>mehr als 64 Wohneinheiten</translation>
    </message>
    <message>
      <location filename="../styles/climate_affected.qml" line="0" />
      <source>near a flow path (≥ 1 ha)</source>
      <translation>nahe einem Fließweg (≥ 1 ha)</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="187" />
      <source>negative values (%s) are not allowed; prices, lengths and losses are ≥ 0.</source>
      <translation>negative Werte (%s) sind nicht zulässig; Preise, Längen und Dämpfungen sind ≥ 0.</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="234" />
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="../styles/data_dwellings.qml" line="0" />
      <source>no dwelling</source>
      <translation>keine Wohnung</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coverage.py" line="152" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_dialog.ui" line="0" />
      <source>none: the built-in default catalogue is used</source>
      <translation>keine: Der integrierte Standardkatalog wird verwendet</translation>
    </message>
    <message>
      <location filename="../../plugin/data/prepare_osm.py" line="44" />
      <source>osm,openstreetmap,buildings,addresses,streets,surface,land cover,imperviousness,green</source>
      <translation>osm,openstreetmap,gebäude,buildings,adressen,addresses,straßen,streets,oberfläche,surface,landbedeckung,land cover,versiegelung,imperviousness,grünflächen,green</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="168" />
      <source>row</source>
      <translation>Zeile</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 0</source>
      <translation>Sektorindex 0</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 1</source>
      <translation>Sektorindex 1</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 10</source>
      <translation>Sektorindex 10</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 11</source>
      <translation>Sektorindex 11</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 12</source>
      <translation>Sektorindex 12</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 13</source>
      <translation>Sektorindex 13</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 14</source>
      <translation>Sektorindex 14</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 15</source>
      <translation>Sektorindex 15</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 16</source>
      <translation>Sektorindex 16</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 17</source>
      <translation>Sektorindex 17</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 18</source>
      <translation>Sektorindex 18</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 19</source>
      <translation>Sektorindex 19</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 2</source>
      <translation>Sektorindex 2</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 20</source>
      <translation>Sektorindex 20</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 21</source>
      <translation>Sektorindex 21</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 22</source>
      <translation>Sektorindex 22</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 23</source>
      <translation>Sektorindex 23</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 24</source>
      <translation>Sektorindex 24</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 25</source>
      <translation>Sektorindex 25</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 26</source>
      <translation>Sektorindex 26</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 27</source>
      <translation>Sektorindex 27</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 28</source>
      <translation>Sektorindex 28</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 29</source>
      <translation>Sektorindex 29</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 3</source>
      <translation>Sektorindex 3</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 30</source>
      <translation>Sektorindex 30</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 31</source>
      <translation>Sektorindex 31</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 32</source>
      <translation>Sektorindex 32</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 33</source>
      <translation>Sektorindex 33</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 34</source>
      <translation>Sektorindex 34</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 35</source>
      <translation>Sektorindex 35</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 36</source>
      <translation>Sektorindex 36</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 37</source>
      <translation>Sektorindex 37</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 38</source>
      <translation>Sektorindex 38</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 39</source>
      <translation>Sektorindex 39</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 4</source>
      <translation>Sektorindex 4</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 40</source>
      <translation>Sektorindex 40</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 41</source>
      <translation>Sektorindex 41</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 42</source>
      <translation>Sektorindex 42</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 43</source>
      <translation>Sektorindex 43</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 44</source>
      <translation>Sektorindex 44</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 45</source>
      <translation>Sektorindex 45</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 46</source>
      <translation>Sektorindex 46</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 47</source>
      <translation>Sektorindex 47</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 48</source>
      <translation>Sektorindex 48</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 49</source>
      <translation>Sektorindex 49</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 5</source>
      <translation>Sektorindex 5</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 50</source>
      <translation>Sektorindex 50</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 51</source>
      <translation>Sektorindex 51</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 52</source>
      <translation>Sektorindex 52</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 53</source>
      <translation>Sektorindex 53</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 54</source>
      <translation>Sektorindex 54</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 55</source>
      <translation>Sektorindex 55</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 56</source>
      <translation>Sektorindex 56</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 57</source>
      <translation>Sektorindex 57</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 58</source>
      <translation>Sektorindex 58</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 59</source>
      <translation>Sektorindex 59</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 6</source>
      <translation>Sektorindex 6</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 7</source>
      <translation>Sektorindex 7</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 8</source>
      <translation>Sektorindex 8</translation>
    </message>
    <message>
      <location filename="../styles/coverage_server.qml" line="0" />
      <source>sector index 9</source>
      <translation>Sektorindex 9</translation>
    </message>
    <message>
      <location filename="../styles/climate_affected.qml" line="0" />
      <source>sink and flow path</source>
      <translation>Senke und Fließweg</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/siteselection.py" line="25" />
      <source>site selection,5G,small cells,greedy,maximum coverage,rooftop,candidates</source>
      <translation>Standortauswahl,Standortsuche,5G,Kleinzellen,Small Cells,Greedy,maximale Versorgung,Dachstandort,Dach,Kandidaten,site selection,rooftop,candidates</translation>
    </message>
    <message>
      <location filename="../styles/climate_accumulation.qml" line="0" />
      <source>small catchment</source>
      <translation>kleines Einzugsgebiet</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/ponding.py" line="27" />
      <source>starkregen,design rain,ponding,runoff,curve number,fill spill,mass balance</source>
      <translation>Starkregen,Bemessungsregen,Einstau,Überflutung,Abfluss,Oberflächenabfluss,Curve Number,CN-Wert,Füllen und Überlaufen,Fill and Spill,Massenbilanz,Wasserbilanz,design rain,ponding,runoff,mass balance</translation>
    </message>
    <message>
      <location filename="../../plugin/climate/sinks.py" line="25" />
      <source>starkregen,sinks,depressions,priority-flood,d8,flow accumulation,flow paths,hazard map</source>
      <translation>Starkregen,Senken,Geländesenken,Priority-Flood,D8,Abflussakkumulation,Fließwege,Gefahrenkarte,Hinweiskarte,sinks,depressions,flow accumulation,flow paths,hazard map</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="236" />
      <source>the key '%s' appears twice.</source>
      <translation>der Schlüssel '%s' kommt doppelt vor.</translation>
    </message>
    <message>
      <location filename="../../ui/catalogue_model.py" line="219" />
      <source>the key is empty.</source>
      <translation>der Schlüssel ist leer.</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="137" />
      <source>thermally efficient</source>
      <translation>thermisch effizient</translation>
    </message>
    <message>
      <location filename="../../plugin/coverage/coveragestats.py" line="137" />
      <source>traditional</source>
      <translation>traditionell</translation>
    </message>
    <message>
      <location filename="../styles/climate_sinks.qml" line="0" />
      <source>up to 0.3 m deep</source>
      <translation>bis 0.3 m tief</translation>
    </message>
    <message>
      <location filename="../styles/fiber_trenches.qml" line="0" />
      <source>up to 12 fibers</source>
      <translation>bis 12 Fasern</translation>
    </message>
    <message>
      <location filename="../styles/fiber_clusters.qml" line="0" />
      <source>up to 16 homes</source>
      <translation>bis 16 Wohneinheiten</translation>
    </message>
    <message>
      <location filename="../styles/climate_heatareas.qml" line="0" />
      <source>very high heat risk</source>
      <translation>sehr hohes Hitzerisiko</translation>
    </message>
    <message>
      <location filename="../styles/coverage_classes.qml" line="0" />
      <source>weak: -115 .. -105 dBm</source>
      <translation>schwach: -115 .. -105 dBm</translation>
    </message>
    <message>
      <location filename="../../plugin/panel.py" line="234" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../plugin/data/estimate_dwellings.py" line="18" />
      <source>zensus,census,dwellings,wohnungen,grid,households,population</source>
      <translation>zensus,census,wohnungen,dwellings,gitter,raster,grid,haushalte,households,bevölkerung,population</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/fundinggaps.py" line="194" />
      <source>{e} of {h} homes are eligible under the Gigabit-Richtlinie 2.0.</source>
      <translation>{e} von {h} Haushalten sind nach der Gigabit-Richtlinie 2.0 förderfähig.</translation>
    </message>
    <message>
      <location filename="../../plugin/convert.py" line="147" />
      <source>{name}: {count} features written.</source>
      <translation>{name}: {count} Objekte geschrieben.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/exportgisnb.py" line="99" />
      <source>{n} GIS-Nb names/codes are marked unconfirmed in the code tables; check them against the official GIS-Nb document before submitting.</source>
      <translation>{n} GIS-Nb-Namen/-Codes sind in den Codetabellen als unbestätigt gekennzeichnet; prüfen Sie sie vor der Einreichung anhand des offiziellen GIS-Nb-Dokuments.</translation>
    </message>
    <message>
      <location filename="../../plugin/fiber/validategisnb.py" line="95" />
      <source>{n} GIS-Nb violations found.</source>
      <translation>{n} GIS-Nb-Verstöße gefunden.</translation>
    </message>
  </context>
</TS>
