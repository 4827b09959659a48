<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="0">
<renderer-v2 type="categorizedSymbol" attr="name_match" symbollevels="0" enableorderby="0" forceraster="0">
<categories><category render="true" symbol="0" value="1" label="Drop to the street of the address"/><category render="true" symbol="1" value="0" label="Drop to another (nearer) street"/></categories>
<symbols><symbol name="0" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleLine" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="line_color" type="QString" value="255,127,0,255"/><Option name="line_width" type="QString" value="0.35"/><Option name="line_width_unit" type="QString" value="MM"/><Option name="line_style" type="QString" value="solid"/><Option name="capstyle" type="QString" value="round"/><Option name="joinstyle" type="QString" value="round"/></Option>
  <prop k="line_color" v="255,127,0,255"/><prop k="line_width" v="0.35"/><prop k="line_width_unit" v="MM"/><prop k="line_style" v="solid"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/>
 </layer></symbol><symbol name="1" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleLine" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="line_color" type="QString" value="255,127,0,255"/><Option name="line_width" type="QString" value="0.35"/><Option name="line_width_unit" type="QString" value="MM"/><Option name="line_style" type="QString" value="dash"/><Option name="capstyle" type="QString" value="round"/><Option name="joinstyle" type="QString" value="round"/></Option>
  <prop k="line_color" v="255,127,0,255"/><prop k="line_width" v="0.35"/><prop k="line_width_unit" v="MM"/><prop k="line_style" v="dash"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/>
 </layer></symbol></symbols>
</renderer-v2>

</qgis>
