<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="1">
<renderer-v2 type="graduatedSymbol" attr="homes" graduatedMethod="GraduatedColor" symbollevels="0" enableorderby="0" forceraster="0">
<ranges><range render="true" symbol="0" lower="0" upper="16" label="up to 16 homes"/><range render="true" symbol="1" lower="16" upper="32" label="17–32 homes"/><range render="true" symbol="2" lower="32" upper="64" label="33–64 homes"/><range render="true" symbol="3" lower="64" upper="100000" label="more than 64 homes"/></ranges>
<symbols><symbol name="0" type="fill" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleFill" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="color" type="QString" value="199,233,192,110"/><Option name="outline_color" type="QString" value="35,139,69,255"/><Option name="outline_width" type="QString" value="0.4"/><Option name="style" type="QString" value="solid"/></Option>
  <prop k="color" v="199,233,192,110"/><prop k="outline_color" v="35,139,69,255"/><prop k="outline_width" v="0.4"/><prop k="style" v="solid"/>
 </layer></symbol><symbol name="1" type="fill" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleFill" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="color" type="QString" value="161,217,155,110"/><Option name="outline_color" type="QString" value="35,139,69,255"/><Option name="outline_width" type="QString" value="0.4"/><Option name="style" type="QString" value="solid"/></Option>
  <prop k="color" v="161,217,155,110"/><prop k="outline_color" v="35,139,69,255"/><prop k="outline_width" v="0.4"/><prop k="style" v="solid"/>
 </layer></symbol><symbol name="2" type="fill" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleFill" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="color" type="QString" value="116,196,118,110"/><Option name="outline_color" type="QString" value="35,139,69,255"/><Option name="outline_width" type="QString" value="0.4"/><Option name="style" type="QString" value="solid"/></Option>
  <prop k="color" v="116,196,118,110"/><prop k="outline_color" v="35,139,69,255"/><prop k="outline_width" v="0.4"/><prop k="style" v="solid"/>
 </layer></symbol><symbol name="3" type="fill" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleFill" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="color" type="QString" value="49,163,84,110"/><Option name="outline_color" type="QString" value="35,139,69,255"/><Option name="outline_width" type="QString" value="0.4"/><Option name="style" type="QString" value="solid"/></Option>
  <prop k="color" v="49,163,84,110"/><prop k="outline_color" v="35,139,69,255"/><prop k="outline_width" v="0.4"/><prop k="style" v="solid"/>
 </layer></symbol></symbols>
</renderer-v2>
<labeling type="simple"><settings calloutType="simple">
 <text-style fieldName="&quot;cluster_id&quot; || ': ' || &quot;homes&quot;" isExpression="1" fontSize="8" textColor="0,68,27,255" fontFamily="Sans Serif" namedStyle="Bold" fontWeight="75">
  <text-buffer bufferDraw="1" bufferSize="0.8" bufferColor="255,255,255,255" bufferOpacity="0.8"/>
 </text-style>
 <placement placement="0" dist="1"/>
 <rendering scaleVisibility="1" scaleMin="0" scaleMax="25000" obstacle="1"/>
</settings></labeling>
</qgis>
