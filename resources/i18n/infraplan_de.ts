<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>InfraPlan</name>
    <message>
      <location filename="../../plugin/plugin.py" line="35" />
      <source>&amp;InfraPlan</source>
      <translation>&amp;InfraPlan</translation>
    </message>
    <message>
      <location filename="../../plugin/base.py" line="130" />
      <source>Canceled: no output was written.</source>
      <translation>Abgebrochen: Es wurde keine Ausgabe geschrieben.</translation>
    </message>
    <message>
      <location filename="../../plugin/base.py" line="30" />
      <source>Climate</source>
      <translation>Klima</translation>
    </message>
    <message>
      <location filename="../../plugin/base.py" line="30" />
      <source>Coverage</source>
      <translation>Versorgung</translation>
    </message>
    <message>
      <location filename="../../plugin/base.py" line="30" />
      <source>Data</source>
      <translation>Daten</translation>
    </message>
    <message>
      <location filename="../../plugin/base.py" line="30" />
      <source>Fiber</source>
      <translation>Glasfaser</translation>
    </message>
    <message>
      <location filename="../../plugin/plugin.py" line="37" />
      <source>InfraPlan</source>
      <translation>InfraPlan</translation>
    </message>
    <message>
      <location filename="../../plugin/plugin.py" line="39" />
      <source>InfraPlan tools in the Processing Toolbox</source>
      <translation>InfraPlan-Werkzeuge in der Processing-Toolbox</translation>
    </message>
    <message>
      <location filename="../../plugin/provider.py" line="24" />
      <source>InfraPlan – fiber, 5G coverage and climate-adaptation planning</source>
      <translation>InfraPlan – Planung von Glasfaser, 5G-Versorgung und Klimaanpassung</translation>
    </message>
    <message>
      <location filename="../../plugin/convert.py" line="71" />
      <source>Layer '{name}' reprojected from {src} to {dst}.</source>
      <translation>Layer '{name}' von {src} nach {dst} umprojiziert.</translation>
    </message>
    <message>
      <location filename="../../plugin/convert.py" line="147" />
      <source>{name}: {count} features written.</source>
      <translation>{name}: {count} Objekte geschrieben.</translation>
    </message>
  </context>
</TS>
