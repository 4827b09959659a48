<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis maxScale="0" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" minScale="1e+08" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal fetchMode="0" mode="0" enabled="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option type="Map">
      <Option type="QString" value="Value" name="identify/format"/>
    </Option>
  </customproperties>
  <pipe-data-defined-properties>
    <Option type="Map">
      <Option type="QString" value="" name="name"/>
      <Option name="properties"/>
      <Option type="QString" value="collection" name="type"/>
    </Option>
  </pipe-data-defined-properties>
  <pipe>
    <provider>
      <resampling zoomedInResamplingMethod="nearestNeighbour" enabled="false" zoomedOutResamplingMethod="nearestNeighbour" maxOversampling="2"/>
    </provider>
    <rasterrenderer type="paletted" alphaBand="-1" band="1" opacity="0.7" nodataColor="">
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <colorPalette>
        <paletteEntry label="sector index 0" color="#1f77b4" alpha="255" value="0"/>
        <paletteEntry label="sector index 1" color="#ff7f0e" alpha="255" value="1"/>
        <paletteEntry label="sector index 2" color="#2ca02c" alpha="255" value="2"/>
        <paletteEntry label="sector index 3" color="#d62728" alpha="255" value="3"/>
        <paletteEntry label="sector index 4" color="#9467bd" alpha="255" value="4"/>
        <paletteEntry label="sector index 5" color="#8c564b" alpha="255" value="5"/>
        <paletteEntry label="sector index 6" color="#e377c2" alpha="255" value="6"/>
        <paletteEntry label="sector index 7" color="#7f7f7f" alpha="255" value="7"/>
        <paletteEntry label="sector index 8" color="#bcbd22" alpha="255" value="8"/>
        <paletteEntry label="sector index 9" color="#17becf" alpha="255" value="9"/>
        <paletteEntry label="sector index 10" color="#aec7e8" alpha="255" value="10"/>
        <paletteEntry label="sector index 11" color="#ffbb78" alpha="255" value="11"/>
        <paletteEntry label="sector index 12" color="#98df8a" alpha="255" value="12"/>
        <paletteEntry label="sector index 13" color="#ff9896" alpha="255" value="13"/>
        <paletteEntry label="sector index 14" color="#c5b0d5" alpha="255" value="14"/>
        <paletteEntry label="sector index 15" color="#c49c94" alpha="255" value="15"/>
        <paletteEntry label="sector index 16" color="#f7b6d2" alpha="255" value="16"/>
        <paletteEntry label="sector index 17" color="#c7c7c7" alpha="255" value="17"/>
        <paletteEntry label="sector index 18" color="#dbdb8d" alpha="255" value="18"/>
        <paletteEntry label="sector index 19" color="#9edae5" alpha="255" value="19"/>
        <paletteEntry label="sector index 20" color="#1f77b4" alpha="255" value="20"/>
        <paletteEntry label="sector index 21" color="#ff7f0e" alpha="255" value="21"/>
        <paletteEntry label="sector index 22" color="#2ca02c" alpha="255" value="22"/>
        <paletteEntry label="sector index 23" color="#d62728" alpha="255" value="23"/>
        <paletteEntry label="sector index 24" color="#9467bd" alpha="255" value="24"/>
        <paletteEntry label="sector index 25" color="#8c564b" alpha="255" value="25"/>
        <paletteEntry label="sector index 26" color="#e377c2" alpha="255" value="26"/>
        <paletteEntry label="sector index 27" color="#7f7f7f" alpha="255" value="27"/>
        <paletteEntry label="sector index 28" color="#bcbd22" alpha="255" value="28"/>
        <paletteEntry label="sector index 29" color="#17becf" alpha="255" value="29"/>
        <paletteEntry label="sector index 30" color="#aec7e8" alpha="255" value="30"/>
        <paletteEntry label="sector index 31" color="#ffbb78" alpha="255" value="31"/>
        <paletteEntry label="sector index 32" color="#98df8a" alpha="255" value="32"/>
        <paletteEntry label="sector index 33" color="#ff9896" alpha="255" value="33"/>
        <paletteEntry label="sector index 34" color="#c5b0d5" alpha="255" value="34"/>
        <paletteEntry label="sector index 35" color="#c49c94" alpha="255" value="35"/>
        <paletteEntry label="sector index 36" color="#f7b6d2" alpha="255" value="36"/>
        <paletteEntry label="sector index 37" color="#c7c7c7" alpha="255" value="37"/>
        <paletteEntry label="sector index 38" color="#dbdb8d" alpha="255" value="38"/>
        <paletteEntry label="sector index 39" color="#9edae5" alpha="255" value="39"/>
        <paletteEntry label="sector index 40" color="#1f77b4" alpha="255" value="40"/>
        <paletteEntry label="sector index 41" color="#ff7f0e" alpha="255" value="41"/>
        <paletteEntry label="sector index 42" color="#2ca02c" alpha="255" value="42"/>
        <paletteEntry label="sector index 43" color="#d62728" alpha="255" value="43"/>
        <paletteEntry label="sector index 44" color="#9467bd" alpha="255" value="44"/>
        <paletteEntry label="sector index 45" color="#8c564b" alpha="255" value="45"/>
        <paletteEntry label="sector index 46" color="#e377c2" alpha="255" value="46"/>
        <paletteEntry label="sector index 47" color="#7f7f7f" alpha="255" value="47"/>
        <paletteEntry label="sector index 48" color="#bcbd22" alpha="255" value="48"/>
        <paletteEntry label="sector index 49" color="#17becf" alpha="255" value="49"/>
        <paletteEntry label="sector index 50" color="#aec7e8" alpha="255" value="50"/>
        <paletteEntry label="sector index 51" color="#ffbb78" alpha="255" value="51"/>
        <paletteEntry label="sector index 52" color="#98df8a" alpha="255" value="52"/>
        <paletteEntry label="sector index 53" color="#ff9896" alpha="255" value="53"/>
        <paletteEntry label="sector index 54" color="#c5b0d5" alpha="255" value="54"/>
        <paletteEntry label="sector index 55" color="#c49c94" alpha="255" value="55"/>
        <paletteEntry label="sector index 56" color="#f7b6d2" alpha="255" value="56"/>
        <paletteEntry label="sector index 57" color="#c7c7c7" alpha="255" value="57"/>
        <paletteEntry label="sector index 58" color="#dbdb8d" alpha="255" value="58"/>
        <paletteEntry label="sector index 59" color="#9edae5" alpha="255" value="59"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast contrast="0" gamma="1" brightness="0"/>
    <huesaturation invertColors="0" colorizeRed="255" grayscaleMode="0" colorizeBlue="128" colorizeGreen="128" colorizeOn="0" saturation="0" colorizeStrength="100"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
