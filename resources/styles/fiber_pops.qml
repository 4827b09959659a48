<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="1">
<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0">
<symbols><symbol name="0" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="color" type="QString" value="106,61,154,255"/><Option name="name" type="QString" value="star"/><Option name="size" type="QString" value="5.0"/><Option name="size_unit" type="QString" value="MM"/><Option name="outline_color" type="QString" value="255,255,255,255"/><Option name="outline_width" type="QString" value="0.3"/></Option>
  <prop k="color" v="106,61,154,255"/><prop k="name" v="star"/><prop k="size" v="5.0"/><prop k="size_unit" v="MM"/><prop k="outline_color" v="255,255,255,255"/><prop k="outline_width" v="0.3"/>
 </layer></symbol></symbols>
</renderer-v2>
<labeling type="simple"><settings calloutType="simple">
 <text-style fieldName="&quot;pop_id&quot; || ': ' || &quot;pon_ports&quot; || ' PON ports'" isExpression="1" fontSize="9" textColor="63,0,125,255" fontFamily="Sans Serif" namedStyle="Bold" fontWeight="75">
  <text-buffer bufferDraw="1" bufferSize="0.8" bufferColor="255,255,255,255" bufferOpacity="0.8"/>
 </text-style>
 <placement placement="0" dist="1"/>
 <rendering scaleVisibility="1" scaleMin="0" scaleMax="25000" obstacle="1"/>
</settings></labeling>
</qgis>
