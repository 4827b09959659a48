<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="0">
<renderer-v2 type="categorizedSymbol" attr="loss_ok" symbollevels="0" enableorderby="0" forceraster="0">
<categories><category render="true" symbol="0" value="1" label="Within the optical budget"/><category render="true" symbol="1" value="0" label="Over the optical budget"/></categories>
<symbols><symbol name="0" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="color" type="QString" value="26,150,65,255"/><Option name="name" type="QString" value="circle"/><Option name="size" type="QString" value="1.6"/><Option name="size_unit" type="QString" value="MM"/><Option name="outline_color" type="QString" value="35,35,35,255"/><Option name="outline_width" type="QString" value="0.3"/></Option>
  <prop k="color" v="26,150,65,255"/><prop k="name" v="circle"/><prop k="size" v="1.6"/><prop k="size_unit" v="MM"/><prop k="outline_color" v="35,35,35,255"/><prop k="outline_width" v="0.3"/>
 </layer></symbol><symbol name="1" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="color" type="QString" value="215,25,28,255"/><Option name="name" type="QString" value="triangle"/><Option name="size" type="QString" value="2.4"/><Option name="size_unit" type="QString" value="MM"/><Option name="outline_color" type="QString" value="35,35,35,255"/><Option name="outline_width" type="QString" value="0.3"/></Option>
  <prop k="color" v="215,25,28,255"/><prop k="name" v="triangle"/><prop k="size" v="2.4"/><prop k="size_unit" v="MM"/><prop k="outline_color" v="35,35,35,255"/><prop k="outline_width" v="0.3"/>
 </layer></symbol></symbols>
</renderer-v2>

</qgis>
