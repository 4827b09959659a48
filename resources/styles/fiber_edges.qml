<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="0">
<renderer-v2 type="categorizedSymbol" attr="surface" symbollevels="0" enableorderby="0" forceraster="0">
<categories><category render="true" symbol="0" value="sealed" label="Sealed (asphalt) – most expensive"/><category render="true" symbol="1" value="paved" label="Paved (stones)"/><category render="true" symbol="2" value="unsealed" label="Unsealed – cheapest"/><category render="true" symbol="3" value="unknown" label="Unknown surface (priced as sealed)"/><category render="true" symbol="4" value="bridge" label="Bridge"/><category render="true" symbol="5" value="tunnel" label="Tunnel"/></categories>
<symbols><symbol name="0" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleLine" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="line_color" type="QString" value="90,90,90,255"/><Option name="line_width" type="QString" value="0.6"/><Option name="line_width_unit" type="QString" value="MM"/><Option name="line_style" type="QString" value="solid"/><Option name="capstyle" type="QString" value="round"/><Option name="joinstyle" type="QString" value="round"/></Option>
  <prop k="line_color" v="90,90,90,255"/><prop k="line_width" v="0.6"/><prop k="line_width_unit" v="MM"/><prop k="line_style" v="solid"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/>
 </layer></symbol><symbol name="1" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleLine" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="line_color" type="QString" value="166,118,29,255"/><Option name="line_width" type="QString" value="0.6"/><Option name="line_width_unit" type="QString" value="MM"/><Option name="line_style" type="QString" value="solid"/><Option name="capstyle" type="QString" value="round"/><Option name="joinstyle" type="QString" value="round"/></Option>
  <prop k="line_color" v="166,118,29,255"/><prop k="line_width" v="0.6"/><prop k="line_width_unit" v="MM"/><prop k="line_style" v="solid"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/>
 </layer></symbol><symbol name="2" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleLine" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="line_color" type="QString" value="102,166,30,255"/><Option name="line_width" type="QString" value="0.6"/><Option name="line_width_unit" type="QString" value="MM"/><Option name="line_style" type="QString" value="solid"/><Option name="capstyle" type="QString" value="round"/><Option name="joinstyle" type="QString" value="round"/></Option>
  <prop k="line_color" v="102,166,30,255"/><prop k="line_width" v="0.6"/><prop k="line_width_unit" v="MM"/><prop k="line_style" v="solid"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/>
 </layer></symbol><symbol name="3" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleLine" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="line_color" type="QString" value="160,160,160,255"/><Option name="line_width" type="QString" value="0.5"/><Option name="line_width_unit" type="QString" value="MM"/><Option name="line_style" type="QString" value="dash"/><Option name="capstyle" type="QString" value="round"/><Option name="joinstyle" type="QString" value="round"/></Option>
  <prop k="line_color" v="160,160,160,255"/><prop k="line_width" v="0.5"/><prop k="line_width_unit" v="MM"/><prop k="line_style" v="dash"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/>
 </layer></symbol><symbol name="4" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleLine" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="line_color" type="QString" value="31,120,180,255"/><Option name="line_width" type="QString" value="0.8"/><Option name="line_width_unit" type="QString" value="MM"/><Option name="line_style" type="QString" value="solid"/><Option name="capstyle" type="QString" value="round"/><Option name="joinstyle" type="QString" value="round"/></Option>
  <prop k="line_color" v="31,120,180,255"/><prop k="line_width" v="0.8"/><prop k="line_width_unit" v="MM"/><prop k="line_style" v="solid"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/>
 </layer></symbol><symbol name="5" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleLine" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="line_color" type="QString" value="106,61,154,255"/><Option name="line_width" type="QString" value="0.8"/><Option name="line_width_unit" type="QString" value="MM"/><Option name="line_style" type="QString" value="dot"/><Option name="capstyle" type="QString" value="round"/><Option name="joinstyle" type="QString" value="round"/></Option>
  <prop k="line_color" v="106,61,154,255"/><prop k="line_width" v="0.8"/><prop k="line_width_unit" v="MM"/><prop k="line_style" v="dot"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/>
 </layer></symbol></symbols>
</renderer-v2>

</qgis>
