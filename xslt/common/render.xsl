<?xml version="1.0" encoding="UTF-8"?>
<!--
  Rendering of TEI content (mode m:body) as one module: the generic text structure plus the specific
  rules for dates, persons, notes and editorial layers, included (not imported) so that template priorities decide.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  exclude-result-prefixes="#all">

  <xsl:include href="anchors.xsl"/>
  <xsl:include href="body.xsl"/>
  <xsl:include href="dates.xsl"/>
  <xsl:include href="persons.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="layers.xsl"/>
  <xsl:include href="chronicle.xsl"/>

</xsl:stylesheet>
