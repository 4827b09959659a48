<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="0">
<renderer-v2 type="graduatedSymbol" attr="degree" graduatedMethod="GraduatedColor" symbollevels="0" enableorderby="0" forceraster="0">
<ranges><range render="true" symbol="0" lower="0" upper="1" label="Dead end (1 street)"/><range render="true" symbol="1" lower="1" upper="2" label="Street continues (2)"/><range render="true" symbol="2" lower="2" upper="99" label="Intersection (3+ streets)"/></ranges>
<symbols><symbol name="0" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="color" type="QString" value="227,26,28,255"/><Option name="name" type="QString" value="circle"/><Option name="size" type="QString" value="1.6"/><Option name="size_unit" type="QString" value="MM"/><Option name="outline_color" type="QString" value="35,35,35,255"/><Option name="outline_width" type="QString" value="0.3"/></Option>
  <prop k="color" v="227,26,28,255"/><prop k="name" v="circle"/><prop k="size" v="1.6"/><prop k="size_unit" v="MM"/><prop k="outline_color" v="35,35,35,255"/><prop k="outline_width" v="0.3"/>
 </layer></symbol><symbol name="1" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="color" type="QString" value="200,200,200,255"/><Option name="name" type="QString" value="circle"/><Option name="size" type="QString" value="0.8"/><Option name="size_unit" type="QString" value="MM"/><Option name="outline_color" type="QString" value="35,35,35,255"/><Option name="outline_width" type="QString" value="0.3"/></Option>
  <prop k="color" v="200,200,200,255"/><prop k="name" v="circle"/><prop k="size" v="0.8"/><prop k="size_unit" v="MM"/><prop k="outline_color" v="35,35,35,255"/><prop k="outline_width" v="0.3"/>
 </layer></symbol><symbol name="2" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="color" type="QString" value="35,35,35,255"/><Option name="name" type="QString" value="circle"/><Option name="size" type="QString" value="1.4"/><Option name="size_unit" type="QString" value="MM"/><Option name="outline_color" type="QString" value="35,35,35,255"/><Option name="outline_width" type="QString" value="0.3"/></Option>
  <prop k="color" v="35,35,35,255"/><prop k="name" v="circle"/><prop k="size" v="1.4"/><prop k="size_unit" v="MM"/><prop k="outline_color" v="35,35,35,255"/><prop k="outline_width" v="0.3"/>
 </layer></symbol></symbols>
</renderer-v2>

</qgis>
