<?xml version="1.0" encoding="UTF-8"?>
<!-- Dates: the printed text stays as printed; the normalised value is shown beside it. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <!-- "1922-12-30", "1922-12-30 – 1922-12-31", "after 1923-01", "1917-10-23 (O.S. 1917-10-10)" … -->
  <xsl:function name="f:date-value" as="xs:string">
    <!-- a date, or any other dated element (event, birth …) -->
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="core" select="
      if ($date/@when) then string($date/@when)
      else if ($date/@from or $date/@to) then string-join(($date/@from, $date/@to), ' – ')
      else if ($date/@notBefore and $date/@notAfter) then 'between ' || $date/@notBefore || ' and ' || $date/@notAfter
      else if ($date/@notBefore) then 'not before ' || $date/@notBefore
      else if ($date/@notAfter) then 'not after ' || $date/@notAfter
      else ''"/>
    <xsl:variable name="julian" select="if ($date/@when-custom) then 'O.S. ' || $date/@when-custom else ()"/>
    <xsl:variable name="certainty" select="if ($date/@cert = ('medium', 'low')) then 'inferred' else ()"/>
    <xsl:sequence select="$core || (if (exists(($julian, $certainty))) then ' (' || string-join(($julian, $certainty), '; ') || ')' else '')"/>
  </xsl:function>

  <xsl:template match="date | time" mode="m:body">
    <xsl:variable name="value" select="f:date-value(.)"/>
    <time class="date">
      <xsl:if test="matches(string(@when), '^\d{4}(-\d{2}(-\d{2})?)?$')">
        <xsl:attribute name="datetime" select="@when"/>
      </xsl:if>
      <xsl:apply-templates mode="m:body"/>
    </time>
    <xsl:if test="$value ne ''">
      <span class="date-value" data-pagefind-ignore="">[{$value}]</span>
    </xsl:if>
  </xsl:template>

  <!-- The same, as plain text for headings and lists: "March 5, 1923 [1923-03-05]". -->
  <xsl:function name="f:date-label" as="xs:string">
    <xsl:param name="date" as="element()?"/>
    <xsl:sequence select="if (not($date)) then 'undated'
      else normalize-space($date) || (if (f:date-value($date) ne '') then ' [' || f:date-value($date) || ']' else '')"/>
  </xsl:function>

</xsl:stylesheet>
