<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="0">
<renderer-v2 type="categorizedSymbol" attr="is_main" symbollevels="0" enableorderby="0" forceraster="0">
<categories><category render="true" symbol="0" value="1" label="Main street network"/><category render="true" symbol="1" value="0" label="Disconnected part – homes here cannot be served"/></categories>
<symbols><symbol name="0" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleLine" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="line_color" type="QString" value="44,123,182,255"/><Option name="line_width" type="QString" value="0.6"/><Option name="line_width_unit" type="QString" value="MM"/><Option name="line_style" type="QString" value="solid"/><Option name="capstyle" type="QString" value="round"/><Option name="joinstyle" type="QString" value="round"/></Option>
  <prop k="line_color" v="44,123,182,255"/><prop k="line_width" v="0.6"/><prop k="line_width_unit" v="MM"/><prop k="line_style" v="solid"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/>
 </layer></symbol><symbol name="1" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleLine" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="line_color" type="QString" value="227,26,28,255"/><Option name="line_width" type="QString" value="1.2"/><Option name="line_width_unit" type="QString" value="MM"/><Option name="line_style" type="QString" value="solid"/><Option name="capstyle" type="QString" value="round"/><Option name="joinstyle" type="QString" value="round"/></Option>
  <prop k="line_color" v="227,26,28,255"/><prop k="line_width" v="1.2"/><prop k="line_width_unit" v="MM"/><prop k="line_style" v="solid"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/>
 </layer></symbol></symbols>
</renderer-v2>

</qgis>
