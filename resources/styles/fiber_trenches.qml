<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="0">
<renderer-v2 type="graduatedSymbol" attr="fibers" graduatedMethod="GraduatedColor" symbollevels="0" enableorderby="0" forceraster="0">
<ranges><range render="true" symbol="0" lower="0" upper="12" label="up to 12 fibers"/><range render="true" symbol="1" lower="12" upper="48" label="13–48 fibers"/><range render="true" symbol="2" lower="48" upper="144" label="49–144 fibers"/><range render="true" symbol="3" lower="144" upper="288" label="145–288 fibers"/><range render="true" symbol="4" lower="288" upper="1000000" label="more than 288 fibers (several cables)"/></ranges>
<symbols><symbol name="0" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleLine" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="line_color" type="QString" value="158,202,225,255"/><Option name="line_width" type="QString" value="0.6"/><Option name="line_width_unit" type="QString" value="MM"/><Option name="line_style" type="QString" value="solid"/><Option name="capstyle" type="QString" value="round"/><Option name="joinstyle" type="QString" value="round"/></Option>
  <prop k="line_color" v="158,202,225,255"/><prop k="line_width" v="0.6"/><prop k="line_width_unit" v="MM"/><prop k="line_style" v="solid"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/>
 </layer></symbol><symbol name="1" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleLine" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="line_color" type="QString" value="107,174,214,255"/><Option name="line_width" type="QString" value="0.9"/><Option name="line_width_unit" type="QString" value="MM"/><Option name="line_style" type="QString" value="solid"/><Option name="capstyle" type="QString" value="round"/><Option name="joinstyle" type="QString" value="round"/></Option>
  <prop k="line_color" v="107,174,214,255"/><prop k="line_width" v="0.9"/><prop k="line_width_unit" v="MM"/><prop k="line_style" v="solid"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/>
 </layer></symbol><symbol name="2" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleLine" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="line_color" type="QString" value="49,130,189,255"/><Option name="line_width" type="QString" value="1.3"/><Option name="line_width_unit" type="QString" value="MM"/><Option name="line_style" type="QString" value="solid"/><Option name="capstyle" type="QString" value="round"/><Option name="joinstyle" type="QString" value="round"/></Option>
  <prop k="line_color" v="49,130,189,255"/><prop k="line_width" v="1.3"/><prop k="line_width_unit" v="MM"/><prop k="line_style" v="solid"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/>
 </layer></symbol><symbol name="3" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleLine" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="line_color" type="QString" value="8,81,156,255"/><Option name="line_width" type="QString" value="1.8"/><Option name="line_width_unit" type="QString" value="MM"/><Option name="line_style" type="QString" value="solid"/><Option name="capstyle" type="QString" value="round"/><Option name="joinstyle" type="QString" value="round"/></Option>
  <prop k="line_color" v="8,81,156,255"/><prop k="line_width" v="1.8"/><prop k="line_width_unit" v="MM"/><prop k="line_style" v="solid"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/>
 </layer></symbol><symbol name="4" type="line" alpha="1" clip_to_extent="1" force_rhr="0">
 <layer class="SimpleLine" enabled="1" locked="0" pass="0">
  <Option type="Map"><Option name="line_color" type="QString" value="8,48,107,255"/><Option name="line_width" type="QString" value="2.4"/><Option name="line_width_unit" type="QString" value="MM"/><Option name="line_style" type="QString" value="solid"/><Option name="capstyle" type="QString" value="round"/><Option name="joinstyle" type="QString" value="round"/></Option>
  <prop k="line_color" v="8,48,107,255"/><prop k="line_width" v="2.4"/><prop k="line_width_unit" v="MM"/><prop k="line_style" v="solid"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/>
 </layer></symbol></symbols>
</renderer-v2>

</qgis>
