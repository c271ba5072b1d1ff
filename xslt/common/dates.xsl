<?xml version="1.0" encoding="UTF-8"?>
<!--
  Dates: the reading text shows a date exactly as the source prints it. The normalised value (ISO,
  Old Style, inferred) is data: it goes into the <time> element's datetime and tooltip, the text's
  facts, the chronology and the downloads, never into the sentence.
-->
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

  <!-- The tooltip of a date in the text: "Normalised date: 1922-09-25 (inferred)". -->
  <xsl:function name="f:date-tooltip" as="xs:string?">
    <xsl:param name="date" as="element()"/>
    <xsl:variable name="value" select="f:date-value($date)"/>
    <xsl:sequence select="if ($value eq '') then () else 'Normalised date: ' || $value"/>
  </xsl:function>

  <xsl:template match="date | time" mode="m:body">
    <time class="date">
      <xsl:if test="matches(string(@when), '^\d{4}(-\d{2}(-\d{2})?)?$')">
        <xsl:attribute name="datetime" select="@when"/>
      </xsl:if>
      <xsl:if test="exists(f:date-tooltip(.))">
        <xsl:attribute name="title" select="f:date-tooltip(.)"/>
      </xsl:if>
      <xsl:apply-templates mode="m:body"/>
    </time>
  </xsl:template>

  <!-- A date in a text's facts: as printed, then the normalised value where it says more. -->
  <xsl:template match="date" mode="m:date-fact">
    <xsl:apply-templates select="." mode="m:body"/>
    <xsl:if test="f:date-value(.) ne '' and f:date-value(.) ne normalize-space(.)">
      <span class="date-normalised"> (normalised: {f:date-value(.)})</span>
    </xsl:if>
  </xsl:template>
  <xsl:mode name="m:date-fact" on-no-match="fail"/>

  <!-- The same as plain text for lists outside the reading text: "March 5, 1923 [1923-03-05]";
       the normalised value only where it differs from what is printed ("1970", not "1970 [1970]"). -->
  <xsl:function name="f:date-label" as="xs:string">
    <xsl:param name="date" as="element()?"/>
    <xsl:variable name="printed" select="normalize-space($date)"/>
    <xsl:variable name="value" select="if ($date) then f:date-value($date) else ''"/>
    <xsl:sequence select="if (not($date)) then 'undated'
      else if ($printed eq '') then $value
      else $printed || (if ($value ne '' and $value ne $printed) then ' [' || $value || ']' else '')"/>
  </xsl:function>

</xsl:stylesheet>
