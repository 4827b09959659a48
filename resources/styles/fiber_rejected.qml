<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="0">
<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0">
<symbols><symbol name="0" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="color" type="QString" value="227,26,28,255"/><Option name="name" type="QString" value="cross2"/><Option name="size" type="QString" value="2.5"/><Option name="size_unit" type="QString" value="MM"/><Option name="outline_color" type="QString" value="227,26,28,255"/><Option name="outline_width" type="QString" value="0.3"/></Option>
  <prop k="color" v="227,26,28,255"/><prop k="name" v="cross2"/><prop k="size" v="2.5"/><prop k="size_unit" v="MM"/><prop k="outline_color" v="227,26,28,255"/><prop k="outline_width" v="0.3"/>
 </layer></symbol></symbols>
</renderer-v2>

</qgis>
